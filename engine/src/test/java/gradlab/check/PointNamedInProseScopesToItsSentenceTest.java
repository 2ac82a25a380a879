package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A point named in prose, "Its maximum is at $x = 1/\sqrt{2}$, where $f(x) = …$", is a point of
 * its sentence, never a definition of x for the rest of the text. Before, a closed value
 * (1/√2, not a decimal) of f's parameter defined x as a constant, and a wrong general
 * f′(x) = e^{−x²}(2x² − 1), which vanishes at 1/√2 as the true one does, was proved; "which at
 * $x=0$ gives $g(0) = 0$" (a concluding word) kept the point past the full stop, and a wrong
 * g′(x) = 2x² + 1, true at 0, was proved "at x = 0".
 */
@Timeout(120)
class PointNamedInProseScopesToItsSentenceTest extends gradlab.symbolic.EngineFixture {
  private static final String MAXIMUM = "Let $f(x) = x e^{-x^2}$.\n\n"
      + "Its maximum is at $x = 1/\\sqrt{2}$, where $f(x) = e^{-1/2}/\\sqrt{2}$.\n\n"
      + "The derivative is\n$$f'(x) = ";
  private static final String GIVES = "Let $g(x) = x^2 + x$, which at $x=0$ gives $g(0) = 0$.\n\n"
      + "$$g'(x) = ";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  private static StepVerdict verdictAt(CheckReport r, int line) {
    return r.steps().stream().filter(s -> s.line() == line && s.verdict() != null)
        .reduce((a, b) -> b).orElseThrow().verdict();
  }

  @Test
  void theTrueDerivativeAfterAClosedPointIsProvedAndTheValueThereChecked() {
    CheckReport r = check(MAXIMUM + "e^{-x^2}(1 - 2x^2)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(verdictAt(r, 6)).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(r.render()).contains("x = 1/\\sqrt{2}   [named point]")
        .contains("proved: at x = 1/√2");
  }

  @Test
  void aWrongDerivativeThatHoldsAtTheNamedMaximumIsRefuted() {
    CheckReport r = check(MAXIMUM + "e^{-x^2}(2x^2 - 1)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(6));
  }

  @Test
  void aPointNamedInASentenceOfItsOwnNeverProvesAGeneralStep() {
    CheckReport r = check("Let $f(x) = x e^{-x^2}$.\n\nIts maximum is at $x = 1/\\sqrt{2}$.\n\n"
        + "$$f'(x) = e^{-x^2}(2x^2 - 1)$$\n");
    assertThat(verdictAt(r, 5)).as(r.render()).isNotInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aConcludingWordEndsThePointAtTheFullStop() {
    CheckReport right = check(GIVES + "2x + 1$$\n");
    assertThat(right.firstRefuted()).as(right.render()).isEmpty();
    assertThat(verdictAt(right, 3)).as(right.render()).isInstanceOf(StepVerdict.Proved.class);
    CheckReport wrong = check(GIVES + "2x^2 + 1$$\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).hasValueSatisfying(s -> assertThat(
        s.line()).isEqualTo(3));
  }

  @Test
  void aValueStatedAtAPointOfAFunctionEndsThePointToo() {
    String text = "Let $L(x) = (x - 1)^2$.\n\nAt $x = 2$ the loss is $L = 1$.\n\n"
        + "$$\\frac{dL}{dx} = ";
    CheckReport right = check(text + "2x - 2$$\n");
    assertThat(right.firstRefuted()).as(right.render()).isEmpty();
    CheckReport wrong = check(text + "x$$\n"); // holds at x = 2 only
    assertThat(wrong.firstRefuted()).as(wrong.render()).hasValueSatisfying(s -> assertThat(
        s.line()).isEqualTo(5));
  }

  @Test
  void inPlainTextAClosedPointIsAPointAndNeverProvesAGeneralStep() {
    String text = "f(x) = x*exp(-x^2)\nits maximum is at x = 1/sqrt(2), where f(x) = "
        + "exp(-1/2)/sqrt(2)\nf'(x) = ";
    CheckReport right = check(text + "exp(-x^2)*(1 - 2*x^2)\n");
    assertThat(right.firstRefuted()).as(right.render()).isEmpty();
    assertThat(verdictAt(right, 3)).as(right.render()).isInstanceOf(StepVerdict.Proved.class);
    CheckReport holdsThere = check(text + "exp(-x^2)*(2*x^2 - 1)\n");
    assertThat(verdictAt(holdsThere, 3)).as(holdsThere.render())
        .isNotInstanceOf(StepVerdict.Proved.class);
    CheckReport wrong = check(text + "exp(-x^2)*(1 - 2*x)\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).hasValueSatisfying(s -> assertThat(
        s.line()).isEqualTo(3));
  }

  @Test
  void aConstantIntroducedByWhereStaysADefinitionAndReachesTheFunctionsBody() {
    CheckReport r = check("Let $g(x) = c x$ where $c = \\sqrt{2}$.\n\n$$g(x)^2 = 2 x^2$$\n\n"
        + "$$g(1) = 2$$\n");
    assertThat(verdictAt(r, 3)).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(5));
    assertThat(r.render()).contains("c = \\sqrt{2}   [definition]");
  }
}
