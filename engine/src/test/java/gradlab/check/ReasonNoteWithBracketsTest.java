package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A plain-text note in brackets that holds brackets of its own or is a bare relation, "dp/dz =
 * p*(1-p)   (since sigma'(z) = sigma(z)*(1-sigma(z)))", is a note: it was split at its "=" and
 * mended into a factor, and the true claim was refuted as p(1 − p)·σ′(z) (held18b's logistic
 * regression in ASCII). A note that is an identity is no condition: a wrong claim beside it stays
 * refuted.
 */
@Timeout(180)
class ReasonNoteWithBracketsTest extends CheckFixture {
  @Test
  void aTrueClaimBesideANoteWithBracketsIsProved() {
    CheckReport r = checkText("t.txt",
        "p = sigma(z)\ndp/dz = p*(1-p)   (since sigma'(z) = sigma(z)*(1-sigma(z)))\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(claimOnLine(r, 2).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aTrueClaimBesideABareRelationInBracketsIsProved() {
    CheckReport r = checkText("t.txt",
        "p = sigma(z)\ndp/dz = p*(1-p) (sigma'(z) = sigma(z)*(1-sigma(z)))\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(claimOnLine(r, 2).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongClaimBesideAnIdentityNoteIsRefuted() {
    CheckReport r = checkText("t.txt",
        "p = sigma(z)\ndp/dz = p*(1-p)^2   (since sigma'(z) = sigma(z)*(1-sigma(z)))\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(2);
  }

  @Test
  void aClaimThatNeedsTheNotesEquationIsNotRefuted() {
    CheckReport r = checkText("t.txt", "abs(x) = x   (since x = abs(x))\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
