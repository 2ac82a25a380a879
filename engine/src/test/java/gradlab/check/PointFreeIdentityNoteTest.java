package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A note written without arguments, "(since sigma' = sigma*(1 - sigma))", was taken for a
 * condition the claim may need, so the planted d2L/dw2 = p*(1-p)*x of logistic-newton-step-ascii
 * was "not checked: it fails without the condition in the note". Where every name of the note is
 * a function primed in it and never applied, the note is read at one fresh variable; an identity
 * there is a reason, and the refutation stands. A note that is not an identity, or states a
 * value, still makes a refutation "not checked".
 */
@Timeout(120)
class PointFreeIdentityNoteTest extends CheckFixture {
  private static final String TEXT = "p = sigma(w*x)\nL = -log(p)\nd2L/dw2 = %s   (since %s)\n";

  @Test
  void aTrueClaimBesideAPointFreeIdentityIsProved() {
    CheckReport r = checkText("t.txt", TEXT.formatted("p*(1-p)*x^2", "sigma' = sigma*(1 - sigma)"));
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongClaimBesideAPointFreeIdentityIsRefuted() {
    CheckReport r = checkText("t.txt", TEXT.formatted("p*(1-p)*x", "sigma' = sigma*(1 - sigma)"));
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(3));
  }

  @Test
  void aNoteThatIsNoIdentityOrAValueStillDemotesTheRefutation() {
    CheckReport r = checkText("t.txt", TEXT.formatted("p*(1-p)*x", "sigma' = sigma"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    r = checkText("t.txt", TEXT.formatted("p*(1-p)*x", "x = 1"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
