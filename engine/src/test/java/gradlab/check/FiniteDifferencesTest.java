package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Finite-difference formulas for the derivative of a generic f, as CS231n's gradient check
 * writes them, read as h → 0 (issue 12: a centered difference divided by h instead of 2h was
 * "not checked: f, h are not defined").
 */
@Timeout(120)
class FiniteDifferencesTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void theForwardAndCenteredDifferencesAreProvedAsTheStepVanishes() {
    CheckReport r = check("$$\n\\frac{df(x)}{dx} = \\frac{f(x + h) - f(x)}{h} \\hspace{0.1in} "
        + "\\text{(bad, do not use)}\n$$\n\nwhere $h$ is a very small number, and\n\n$$\n"
        + "\\frac{df(x)}{dx} = \\frac{f(x + h) - f(x - h)}{2h}\n$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.steps().stream().filter(s -> s.verdict() instanceof StepVerdict.Proved))
        .as(r.render()).hasSize(2);
  }

  @Test
  void aCenteredDifferenceDividedByTheStepAloneIsRefuted() {
    CheckReport r = check("where $h$ is a very small number:\n\n$$\\frac{df(x)}{dx} = "
        + "\\frac{f(x + h) - f(x - h)}{h}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(3));
  }

  @Test
  void aCostOfParametersWithAStepEpsilonIsReadAlike() {
    CheckReport right = check("$$\\frac{\\partial J}{\\partial \\theta} \\approx \\frac{J(\\theta"
        + " + \\epsilon) - J(\\theta - \\epsilon)}{2 \\epsilon}$$\n");
    assertThat(right.firstRefuted()).as(right.render()).isEmpty();
    assertThat(right.render()).contains("→ 0");
    CheckReport wrong = check("$$g'(x) = \\frac{g(x + 2h) - g(x)}{h}$$\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }

  @Test
  void aDefinedFunctionIsNotReadAsGeneric() {
    CheckReport r = check("Let $f(x) = x^2$.\n\n$$\\frac{df(x)}{dx} = \\frac{f(x + h) - f(x - h)}"
        + "{2h}$$\n");
    assertThat(r.render()).doesNotContain("→ 0");
  }

  @Test
  void aStepWithAStatedValueIsNotALimit() {
    CheckReport r = check("Take $h = 1$.\n\n$$\\frac{df(x)}{dx} = \\frac{f(x + h) - f(x - h)}"
        + "{2h}$$\n");
    assertThat(r.render()).doesNotContain("→ 0");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
