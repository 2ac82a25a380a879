package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A σ defined as a square root under a layer index (σ^l = √(…)) is a standard deviation, also
 * where the index is dropped: layer norm's true "since σ = √(σ²)" was ✗ at σ = −0.84.
 */
@Timeout(60)
class RootDefinedScaleTest extends gradlab.symbolic.EngineFixture {
  private static final String DEFINED = "$$\\sigma^l = \\sqrt{\\frac{1}{H}\\sum_{i=1}^{H}"
      + "\\left(a_i^l - \\mu^l\\right)^2}$$\n\nDropping the layer index $l$:\n\n";
  private static final String STEP = "$$\\frac{\\partial \\sigma^2}{\\partial a_j} = "
      + "\\frac{2\\left(a_j - \\mu\\right)}{H}$$\n\nbecause the deviations sum to zero. "
      + "Then, since $\\sigma = %s\\sqrt{\\sigma^2}$,\n\n$$\\frac{\\partial \\sigma}"
      + "{\\partial a_j} = \\frac{1}{2\\sigma}\\frac{\\partial \\sigma^2}{\\partial a_j}$$\n";

  @Test
  void aRootOfTheSquareOfARootDefinedSigmaIsNotRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, DEFINED
        + STEP.formatted(""));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aWrongStepAboutARootDefinedSigmaIsStillRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, DEFINED
        + STEP.formatted("-"));
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
