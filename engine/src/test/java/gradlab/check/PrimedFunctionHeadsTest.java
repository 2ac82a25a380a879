package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A primed letter heading a definition, Szegedy et al.'s smoothed labels {@code q'(k) = …}, is a
 * function of its own where the text does not define q; every q′(…) had been "cannot read: q′(…)
 * of a function the text does not define", and a wrong step through it was never checked.
 */
@Timeout(60)
class PrimedFunctionHeadsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  private static String smoothed(String sign) {
    return "We use\n\n$$g'(k) = (1 - \\epsilon) k + \\frac{\\epsilon}{K}.$$\n\nThen\n\n"
        + "$$1 - g'(k) = 1 - (1 - \\epsilon) k " + sign + " \\frac{\\epsilon}{K}.$$\n";
  }

  @Test
  void aWrongSignThroughAPrimedFunctionIsRefutedAtItsLine() {
    CheckReport r = check(smoothed("+"));
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).as(r.render()).isEqualTo(7);
  }

  @Test
  void theRightStepThroughAPrimedFunctionIsProved() {
    CheckReport r = check(smoothed("-"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.steps()).as(r.render()).anyMatch(s -> s.line() == 7
        && s.verdict() instanceof StepVerdict.Proved);
  }

  @Test
  void aPrimeOfADefinedFunctionIsStillItsDerivative() {
    CheckReport r = check("$$f(x) = x^2.$$\n\n$$f'(x) = 2x.$$\n\n$$f'(1) = 3.$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).as(r.render()).isEqualTo(5);
    assertThat(r.steps()).as(r.render()).anyMatch(s -> s.line() == 3
        && s.verdict() instanceof StepVerdict.Proved);
  }

  @Test
  void aPrimedHeadWhoseBodyUsesTheLetterIsAPropertyNotADefinition() {
    CheckReport r = check("Let $f$ be the logistic sigmoid, so that\n\n"
        + "$$f'(x) = f(x)(1 - f(x)).$$\n\nAt zero,\n\n$$f'(0) = \\frac{1}{4}.$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.steps()).as(r.render()).noneMatch(s -> s.line() == 7
        && s.verdict() instanceof StepVerdict.Proved);
  }

  @Test
  void thePrimeOfALetterWhoseDefinitionWasRefusedIsNotAFunctionOfItsOwn() {
    CheckReport r = check("Let $X = 1$ with probability $p$ and $X = 0$ with probability $1 - p$."
        + " Then\n\n$$H(X) = -p \\ln p - (1 - p) \\ln (1 - p) = H(p) .$$\n\n"
        + "For $0 < p < 1$ the derivative is\n\n"
        + "$$H'(p) = -\\ln p - 1 + \\ln(1 - p) + 1 = \\ln \\frac{1 - p}{p} ,$$\n\n"
        + "so $H'(p) = 0$ exactly when $1 - p = p$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
