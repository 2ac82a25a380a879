package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The rules of differentiation for functions the text never defines, as d2l writes them in
 * LaTeX ({@link GenericFunctionDerivatives}): proved for every function, as plain text already
 * proved them; a wrong rule is never refuted through the quantity reading of g′, and a quantity
 * of the text keeps its reading.
 */
@Timeout(300)
class GenericFunctionDerivativesTest extends CheckFixture {

  @Test
  void theSumRuleWithDerivativesAtTheVariableIsProved() {
    CheckReport r = checkMarkdown("t.md", "# t\n\n$\\frac{d}{dx}\\left(g(x) + h(x)\\right) = "
        + "\\frac{dg}{dx}(x) + \\frac{dh}{dx}(x)$.\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void theChainRuleWithADerivativeAtAnInnerFunctionIsProved() {
    CheckReport r = checkMarkdown("t.md", "# t\n\n$\\frac{d}{dx}g(h(x)) = \\frac{dg}{dh}(h(x))"
        + "\\cdot \\frac{dh}{dx}(x)$.\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void theProductRuleWithPrimesIsProved() {
    CheckReport r = checkMarkdown("t.md", "# t\n\n$$\\frac{d}{dx}\\left(g(x) h(x)\\right) = "
        + "g'(x) h(x) + g(x) h'(x)$$\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongProductRuleIsNotRefuted() {
    CheckReport r = checkMarkdown("t.md", "# t\n\n$$\\frac{d}{dx}\\left(g(x) h(x)\\right) = "
        + "g'(x) h(x) - g(x) h'(x)$$\n\n$$q'(0) = q(0)(2 - q(0))$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(claimOnLine(r, 3).verdict()).as(r.render())
        .isNotInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongDerivativeOfAQuantityOfTheTextAtItsVariableIsStillRefuted() {
    CheckReport r = checkMarkdown("t.md", "# t\n\nLet $g = 3x^2$.\n\n"
        + "$$\\frac{dg}{dx}(x) = 7x$$\n");
    assertThat(claimOnLine(r, 5).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }
}
