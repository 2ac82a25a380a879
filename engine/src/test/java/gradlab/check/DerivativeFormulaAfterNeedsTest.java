package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A derivative of a written-out expression after "which needs" or "requires" (Rasmussen and
 * Williams's length-scale derivative of the squared exponential) is a formula, checked as a claim;
 * a requirement that ties the derivative to another name or to a number stays a condition.
 */
@Timeout(120)
class DerivativeFormulaAfterNeedsTest extends EngineFixture {
  private static final String LEAD = "The length-scale is set by the marginal likelihood, which "
      + "needs\n\n";

  private static CheckReport check(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkMarkdown("t.md", text);
  }

  @Test
  void aWrongPowerInADerivativeAfterWhichNeedsIsRefutedAtItsLine() {
    CheckReport r = check(LEAD + "$$\\frac{\\partial}{\\partial \\ell} \\exp\\left( -\\frac{r^2}"
        + "{2 \\ell^2} \\right) = \\frac{r^2}{\\ell^2} \\exp\\left( -\\frac{r^2}{2 \\ell^2} "
        + "\\right)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().orElseThrow().line()).isEqualTo(3);
  }

  @Test
  void theRightDerivativeAfterWhichNeedsIsProved() {
    CheckReport r = check(LEAD + "$$\\frac{\\partial}{\\partial \\ell} \\exp\\left( -\\frac{r^2}"
        + "{2 \\ell^2} \\right) = \\frac{r^2}{\\ell^3} \\exp\\left( -\\frac{r^2}{2 \\ell^2} "
        + "\\right)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("proved").doesNotContain("[condition]");
  }

  @Test
  void aDerivativeRequiredToEqualAnotherNameStaysACondition() {
    CheckReport r = check("We need\n\n$$\\frac{d}{dx} x^2 = 2 a$$\n\nso that the slope is 2a.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("[condition]");
  }

  @Test
  void aStationaryPointRequiredOfADerivativeStaysACondition() {
    CheckReport r = check("At the minimum we need\n\n$$\\frac{d}{dx} (x^2 - 2x) = 0$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("[condition]");
  }
}
