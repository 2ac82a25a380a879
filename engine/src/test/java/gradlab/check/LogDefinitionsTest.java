package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A quantity defined through its log, {@code \log p(y \mid x; w) = …}, left p free, and the true
 * ∂/∂w log p(y | x; w) = (y − w x) x / s² was ✗ with the left side 0 (found by a lecturer
 * tester). p is now e to the right side; where that side uses a name the text defines (y = w x
 * + ε: is y held fixed?), it is not read, and the step is not checked.
 */
@Timeout(60)
class LogDefinitionsTest extends gradlab.symbolic.EngineFixture {
  private static final String LOG_P = "$$\\log p(y \\mid x; w) = -\\frac{1}{2}\\log(2\\pi s^2) "
      + "- \\frac{(y - w x)^2}{2 s^2}$$\n\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void theGaussianLogLikelihoodGradientIsProved() {
    CheckReport r = check(LOG_P + "$$\\frac{\\partial}{\\partial w} \\log p(y \\mid x; w) = "
        + "\\frac{(y - w x)\\, x}{s^2}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aDroppedFactorInItIsRefuted() {
    CheckReport r = check(LOG_P + "$$\\frac{\\partial}{\\partial w} \\log p(y \\mid x; w) = "
        + "\\frac{(y - w x)\\, x}{2 s^2}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void withTheObservationDefinedAsTheModelTheStepIsNotRefuted() {
    CheckReport r = check("Let $y = w x + \\epsilon$.\n\n" + LOG_P + "$$\\frac{\\partial}"
        + "{\\partial w} \\log p(y \\mid x; w) = \\frac{(y - w x)\\, x}{s^2}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
