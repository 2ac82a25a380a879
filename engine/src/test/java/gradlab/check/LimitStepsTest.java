package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Limits ({@code \lim_{h \to 0}}, {@code \lim_{x \to \infty}}): taken by the algebra library on
 * the text's definitions and checked back numerically; with a function the text never defines,
 * through its seeded instances. Each true form has a wrong twin refuted at its line.
 */
@Timeout(120)
class LimitStepsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aDerivativeIsTheLimitOfItsDifferenceQuotient() {
    CheckReport r = check("$$\\frac{d}{dx} x^3 = \\lim_{h \\to 0} \\frac{(x+h)^3 - x^3}{h}$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
    CheckReport wrong = check("$$\\lim_{h \\to 0} \\frac{(x+h)^3 - x^3}{h} = 3x$$\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }

  @Test
  void theDifferenceQuotientOfAnExponentialIsTaken() {
    CheckReport r = check("$$\\lim_{h \\to 0} \\frac{e^{x+h} - e^{x}}{h} = e^x$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
    CheckReport wrong = check("$$\\lim_{h \\to 0} \\frac{e^{x+h} - e^{x}}{h} = x e^{x-1}$$\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }

  @Test
  void theDefinitionOfTheDerivativeHoldsForTheInstancesOfAGenericFunction() {
    CheckReport r = check("Take a function $f$. Its derivative is\n\n"
        + "$$f'(x) = \\lim_{h \\rightarrow 0} \\frac{f(x+h) - f(x)}{h}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Unknown.class)).as(r.render()).isEqualTo(1);
    CheckReport wrong = check("Take a function $f$. Its derivative is\n\n"
        + "$$2 f'(x) = \\lim_{h \\rightarrow 0} \\frac{f(x+h) - f(x)}{h}$$\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }

  @Test
  void theSecondDerivativeIsTheLimitOfTheSecondDifference() {
    CheckReport r = check("$$6x = \\lim_{\\epsilon \\to 0} \\frac{(x+\\epsilon)^3 + "
        + "(x - \\epsilon)^3 - 2x^3}{\\epsilon^2}$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
    CheckReport wrong = check("$$3x = \\lim_{\\epsilon \\to 0} \\frac{(x+\\epsilon)^3 + "
        + "(x - \\epsilon)^3 - 2x^3}{\\epsilon^2}$$\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }

  @Test
  void theSecondDifferenceOfAGenericFunctionIsNeverRefuted() {
    CheckReport r = check("Take a function $f$.\n\n$$f''(x) = \\lim_{\\epsilon \\to 0} "
        + "\\frac{f(x+\\epsilon) + f(x - \\epsilon) - 2f(x)}{\\epsilon^2}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void theSigmoidTendsToOneAndItsSlopeToZero() {
    CheckReport r = check("$$\\lim_{x \\to \\infty} \\sigma(x) = 1$$\n\n"
        + "$$\\lim_{z \\to -\\infty} \\sigma'(z) = 0$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
    CheckReport wrong = check("$$\\lim_{x \\to -\\infty} \\sigma(x) = 1$$\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }

  @Test
  void aLimitWithoutAFiniteValueIsNotChecked() {
    CheckReport r = check("$$\\lim_{x \\to 0} \\frac{1}{x} = 0$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.NotChecked.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aLimitVariableTheTextDefinesIsNotTakenThroughItsDefinition() {
    CheckReport r = check("Let $h = \\sigma(u)$ be the hidden unit.\n\n"
        + "$$2x = \\lim_{h \\to 0} \\frac{(x+h)^2 - x^2}{h}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aOneSidedLimitIsRefusedByName() {
    CheckReport r = check("$$\\lim_{x \\to 0^+} \\ln x = 0$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("one-sided limits");
  }
}
