package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Words in {@code \text{}} inside a display, as Overleaf homework writes them (found by a new
 * user): "where", "and", "if", "for", "hence" were dropped and the formulas on both sides
 * multiplied, so five true displays were ✗. A word between two formulas is a connective.
 */
@Timeout(60)
class DisplayConnectivesTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void andWhereAndHenceSeparateTwoStatements() {
    CheckReport r = check("$$\\sigma'(z) = \\sigma(z)(1 - \\sigma(z)) \\text{ where } \\sigma(z) "
        + "= \\frac{1}{1+e^{-z}}$$\n\n$$\\frac{d}{dx} x^2 = 2x \\text{ and } \\frac{d}{dx} x^3 = "
        + "3x^2$$\n\n$$\\frac{d}{dx} x^2 = 2x \\;\\; \\text{hence} \\;\\; \\frac{d}{dx} 5x^2 = 10x$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(6);
  }

  @Test
  void aConditionAfterForIsAHypothesisOfTheFormulaBeforeIt() {
    CheckReport r = check("$$|x| = x \\text{ if } x \\ge 0$$\n\n"
        + "$$\\mathrm{ReLU}'(x) = 1 \\text{ for } x > 0$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("[assumption]");
  }

  @Test
  void aWrongFormulaAfterAConnectiveIsStillRefutedAtItsLine() {
    CheckReport r = check("$$\\frac{d}{dx} x^2 = 2x \\text{ and } \\frac{d}{dx} x^3 = 3x$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void withGradientBetweenAFunctionAndItsGradientSeparatesTwoStatements() {
    // d2l's "f(x, y) = \log(e^x + e^y) \text{ with gradient } \nabla f(x, y) = […]" was one
    // statement, "not checked"; the gradient is a claim of its own
    CheckReport r = check("$$f(x, y) = \\log(e^x + e^y) \\text{ with gradient } \\nabla f (x, y) = "
        + "\\left[\\frac{e^x}{e^x+e^y}, \\frac{e^y}{e^x+e^y}\\right]$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
    CheckReport wrong = check("$$f(x, y) = \\log(e^x + e^y) \\text{ with gradient } \\nabla f (x, y) "
        + "= \\left[\\frac{e^y}{e^x+e^y}, \\frac{e^y}{e^x+e^y}\\right]$$\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }
}
