package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A label ending in a colon is no part of the plain-text claim after it: "max of sigma'(z):
 * sigma''(z) = …" was read as the relation "sigma'(z): sigma''(z) = …" (user29).
 */
class LabelEndingInAColonTest extends CheckFixture {
  private CheckReport text(String body) {
    return checkText("t.txt", body);
  }

  @Test
  void theClaimAfterAFormulaLabelIsRead() {
    CheckReport r = text("sigma'(z): sigma''(z) = sigma(z)*(1-sigma(z))*(1-2*sigma(z))\n"
        + "max of sigma'(z): sigma''(z) = sigma(z)*(1-sigma(z))*(1-2*sigma(z))\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(claimOnLine(r, 2).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongClaimAfterALabelIsStillRefuted() {
    CheckReport r = text("sigma'(z): sigma''(z) = sigma(z)*(1-sigma(z))*(1+2*sigma(z))\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aLabelThatMayStateAConditionIsNeverDroppedIntoARefutation() {
    CheckReport r = text("when x is big: relu'(x) = 1\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
