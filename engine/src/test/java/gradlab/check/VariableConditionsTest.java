package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "The gradient vanishes exactly at $q = p$" of two variables of one formula names where they
 * are equal; it was refuted as a claim, and as a definition it made the worked example's
 * "$p = 0.2$, $q = 0.5$" refuted (a student's KL divergence between two Bernoullis).
 */
@Timeout(120)
class VariableConditionsTest extends gradlab.symbolic.EngineFixture {
  private static final String KL = "$$D = p \\log\\frac{p}{q} + (1-p)\\log\\frac{1-p}{1-q}$$\n\n"
      + "$$\\frac{\\partial D}{\\partial q} = -\\frac{p}{q} + \\frac{1-p}{1-q}$$\n\n"
      + "so the gradient vanishes exactly at $q = p$, where the divergence is $0$.\n\n"
      + "Example: $p = 0.2$, $q = 0.5$:\n\n";

  @Test
  void twoVariablesOfOneFormulaSetEqualInProseAreACondition() {
    CheckReport r = FixturePair.checkMarkdown(engine, KL
        + "$$\\frac{0.5 - 0.2}{0.5 \\cdot 0.5} = 1.2$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains(VariableConditions.NOTE);
  }

  @Test
  void aWrongValueAtTheExampleIsStillRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, KL
        + "$$\\frac{0.5 - 0.2}{0.5 \\cdot 0.5} = 1.5$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void twoNamesNeverWrittenTogetherAreNotACondition() {
    CheckReport r = FixturePair.checkMarkdown(engine, "$$L = (a - y)^2$$\n\n"
        + "$$h = 3 b$$\n\nso that $a = b$.\n");
    assertThat(r.render()).doesNotContain(VariableConditions.NOTE);
  }
}
