package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A derivative with respect to the logarithm of a name, ∂y/∂log π = (∂y/∂π)/(d log π/dπ):
 * Jang et al.'s two-class Gumbel-Softmax gradient ∂y₁/∂log π₁ = (1/τ)·y₁(1 − y₁) was "not
 * checked: derivatives with respect to \log\pi_1", so a dropped 1/τ went unnoticed.
 */
@Timeout(120)
class DerivativeWithRespectToALogTest extends gradlab.symbolic.EngineFixture {
  private static final String GUMBEL = "$$y_1 = \\frac{1}{1 + \\exp\\left(-(\\log\\pi_1 + g_1 "
      + "- \\log\\pi_2 - g_2)/\\tau\\right)}, \\qquad \\frac{\\partial y_1}{\\partial \\log\\pi_1}"
      + " = ";

  @Test
  void theGumbelSoftmaxGradientInTheLogProbabilityIsProved() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        GUMBEL + "\\frac{1}{\\tau}\\,y_1(1 - y_1).$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void theGumbelSoftmaxGradientWithoutItsTemperatureIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, GUMBEL + "y_1(1 - y_1).$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void theOperatorFormAndTheNaturalLogAreRead() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "$$\\frac{d}{d\\ln x}\\left(x^3\\right) = 3x^3$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
    CheckReport wrong = FixturePair.checkMarkdown(engine,
        "$$\\frac{d}{d\\ln x}\\left(x^3\\right) = 3x^2$$\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }

  @Test
  void aStepThatHoldsWithTheLogToBaseTenIsNotRefuted() {
    // d(x²)/d(log₁₀ x) = 2 ln(10)·x² ≈ 4.60517x²: an unbased \log may mean base 10
    CheckReport r = FixturePair.checkMarkdown(engine,
        "$$\\frac{d}{d\\log x}\\left(x^2\\right) = 4.605170185988091\\,x^2$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void theLogOfASumIsStillRefusedByName() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "$$y = a + b, \\qquad \\frac{\\partial y}{\\partial \\log(a + b)} = a + b$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("derivatives with respect to");
  }
}
