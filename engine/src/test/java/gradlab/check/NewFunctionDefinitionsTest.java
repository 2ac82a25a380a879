package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A function the text introduces with a formula the reader does not take (Barron's
 * {@code \mathrm{squareplus}(x, b) = …}, Goodfellow's {@code f(\mathbf{x}) = x_1^2 + 3 x_2})
 * was a claim, "not checked: cannot read: the operator squareplus(…)" or "f, x, … are not
 * defined in the text"; it is notation, shown as a new function with no verdict.
 */
@Timeout(60)
class NewFunctionDefinitionsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  private static StepResult at(CheckReport r, int line) {
    return r.steps().stream().filter(s -> s.line() == line).findFirst().orElseThrow();
  }

  @Test
  void aNewFunctionGivenAnUnreadFormulaIsNotationNotAClaim() {
    CheckReport r = check("# t\n\n$$\\mathrm{squareplus}(x, b) = \\frac{1}{2}\\left(x + "
        + "\\sqrt{x^2 + b}\\right)$$\n\n$$f(\\mathbf{x}) = x_1^2 + 3 x_2$$\n");
    assertThat(r.count(StepVerdict.NotChecked.class)).as(r.render()).isZero();
    assertThat(at(r, 3).verdict()).as(r.render()).isNull();
    assertThat(at(r, 3).note()).startsWith(NewFunctionDefinitions.NOTE);
    assertThat(at(r, 5).verdict()).as(r.render()).isNull();
  }

  @Test
  void aLaterStepThroughTheUnreadFunctionIsStillNotChecked() {
    CheckReport r = check("# t\n\n$$\\mathrm{squareplus}(x, b) = \\frac{1}{2}\\left(x + "
        + "\\sqrt{x^2 + b}\\right)$$\n\n$$\\mathrm{squareplus}(0, 4) = 7$$\n");
    assertThat(at(r, 3).verdict()).as(r.render()).isNull();
    assertThat(at(r, 5).verdict()).as(r.render()).isInstanceOf(StepVerdict.NotChecked.class);
  }

  @Test
  void aFunctionTheTextUsedBeforeStaysAClaim() {
    // g is written in an earlier step: g(\mathbf{x}) = … may state its value: no notation
    CheckReport r = check("# t\n\n$$\\frac{d}{dt} g(t) = 2 \\rhd t$$\n\n"
        + "$$g(\\mathbf{x}) = x_1^2 + 3 x_2$$\n");
    assertThat(at(r, 5).verdict()).as(r.render()).isInstanceOf(StepVerdict.NotChecked.class);
    // the same where the earlier step writes it after a command: \nabla g(\beta)
    CheckReport s = check("# t\n\n$$\\beta' = \\beta - t \\nabla g(\\beta)$$\n\n"
        + "$$g(\\beta) = (\\beta - 3)^2 \\rhd \\beta$$\n");
    assertThat(at(s, 5).verdict()).as(s.render()).isNotNull();
  }

  @Test
  void aValueAtANumberOrAConcludedFormulaStaysAClaim() {
    // a number in the brackets is a value of the function, and "so" concludes a result
    CheckReport r = check("# t\n\n$$\\mathrm{Htanh}(2) = \\mathrm{clip}(2, -1, 1)$$\n\n"
        + "and so\n$$\\mathrm{hardsig}(x) = \\mathrm{clip}(x, 0, 1)$$\n");
    assertThat(at(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.NotChecked.class);
    assertThat(at(r, 6).verdict()).as(r.render()).isInstanceOf(StepVerdict.NotChecked.class);
  }
}
