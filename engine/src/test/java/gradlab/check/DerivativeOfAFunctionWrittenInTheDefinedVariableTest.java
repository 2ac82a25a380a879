package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * ∂ ln π/∂σ where the text writes π(a|s, θ) in σ and μ and defines σ = exp(θ_σ x_σ) (Sutton and
 * Barto's Gaussian policy): π is put in and σ is the variable, the others held fixed, which is
 * the only reading where no other name shares an input with σ. It was "which variables are held
 * fixed?" for every such step, the planted 2σ³ among them.
 */
@Timeout(120)
class DerivativeOfAFunctionWrittenInTheDefinedVariableTest extends gradlab.symbolic.EngineFixture {
  private static final String POLICY = "$$\\pi(a|s, \\theta) = \\frac{1}{\\sigma\\sqrt{2\\pi}} "
      + "\\exp\\left(-\\frac{(a - \\mu)^2}{2\\sigma^2}\\right)$$\n\n";
  private static final String SEPARATE = POLICY
      + "with $\\mu = \\theta_\\mu x_\\mu$ and $\\sigma = \\exp(\\theta_\\sigma x_\\sigma)$.\n\n";
  /** μ and σ through the same θ: ∂/∂σ holding μ fixed, or μ moved with θ. */
  private static final String SHARED = POLICY
      + "with $\\mu = \\theta x$ and $\\sigma = \\exp(\\theta)$.\n\n";

  private static List<StepVerdict> claims(String markdown) {
    CheckReport r = FixturePair.checkMarkdown(engine, markdown);
    return r.steps().stream().filter(StepResult::isClaim).map(StepResult::verdict).toList();
  }

  @Test
  void aWrongPowerInTheDerivativeByTheDefinedScaleIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, SEPARATE + "$$\\frac{\\partial \\ln \\pi}"
        + "{\\partial \\sigma} = -\\frac{1}{\\sigma} + \\frac{(a - \\mu)^2}{2\\sigma^3}$$\n");
    assertThat(r.firstRefuted()).isPresent();
    assertThat(FixturePair.lastClaim(r).verdict()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void theTrueDerivativesByTheDefinedScaleAndMeanAreNotRefuted() {
    assertThat(claims(SEPARATE + "$$\\frac{\\partial \\ln \\pi}{\\partial \\sigma} = "
        + "-\\frac{1}{\\sigma} + \\frac{(a - \\mu)^2}{\\sigma^3}$$\n\n"
        + "$$\\frac{\\partial \\ln \\pi}{\\partial \\mu} = \\frac{a - \\mu}{\\sigma^2}$$\n"))
        .hasSize(2).noneMatch(v -> v instanceof StepVerdict.Refuted);
  }

  @Test
  void aScaleSharingAnInputWithTheMeanIsNotRefutedHoldingTheMeanFixed() {
    assertThat(claims(SHARED + "$$\\frac{\\partial \\ln \\pi}{\\partial \\sigma} = "
        + "-\\frac{1}{\\sigma} + \\frac{(a - \\mu)^2}{\\sigma^3}$$\n"))
        .singleElement().isNotInstanceOf(StepVerdict.Refuted.class);
  }
}
