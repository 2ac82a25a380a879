package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * AdaBelief's first step: √ŝ₁ = √(β₁²g₁²) is β₁|g₁| for a decay rate β₁ &gt; 0, which the text
 * gives no range; the true step was refuted at β₁ = −1.93 ({@link RootedParameters}, held30).
 */
@Timeout(120)
class ARootOfADecayRateSquaredIsNotRefutedAtANegativeRateTest
    extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void theFirstAdaBeliefStepIsNotRefutedAtANegativeBeta() {
    CheckReport r = check("Then $\\hat{s}_1 = \\beta_1^2 g_1^2$, and the step is\n\n"
        + "$$\\frac{\\alpha g_1}{\\sqrt{\\hat{s}_1}} = \\frac{\\alpha g_1}{\\beta_1 |g_1|}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aStepWrongForEveryBetaIsStillRefuted() {
    CheckReport r = check("Then $\\hat{s}_1 = \\beta_1^2 g_1^2$, and the step is\n\n"
        + "$$\\frac{\\alpha g_1}{\\sqrt{\\hat{s}_1}} = \\frac{\\alpha g_1}{\\beta_1^2 |g_1|}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
