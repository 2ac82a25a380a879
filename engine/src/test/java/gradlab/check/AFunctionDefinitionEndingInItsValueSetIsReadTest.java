package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Mathematics for Machine Learning's Example 5.7 defines "For $f(x_1, x_2) = x_1^2 x_2 + x_1 x_2^3
 * \in \mathbb{R}$": the set after the value was left on the right side, so the line was listed as
 * an assumption and not as f's definition, and the true ∂f/∂x₁ = 2x₁x₂ + x₂³ was ✗, read with the f
 * of the example before ({@link ValueSetSuffixes}).
 */
@Timeout(60)
class AFunctionDefinitionEndingInItsValueSetIsReadTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  private static final String EARLIER = "For $f(x, y) = (x + 2y^3)^2$ we get\n\n"
      + "$$\\frac{\\partial f(x, y)}{\\partial x} = 2(x + 2y^3)$$\n\n";

  @Test
  void aPartialDerivativeOfTheRedefinedFunctionIsProved() {
    CheckReport r = check(EARLIER + "For $f(x_1, x_2) = x_1^2 x_2 + x_1 x_2^3 \\in \\mathbb{R}$"
        + " the partial derivatives are\n\n"
        + "$$\\frac{\\partial f(x_1, x_2)}{\\partial x_1} = 2x_1 x_2 + x_2^3$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongPartialDerivativeOfTheRedefinedFunctionIsRefuted() {
    CheckReport r = check(EARLIER + "For $f(x_1, x_2) = x_1^2 x_2 + x_1 x_2^3 \\in \\mathbb{R}$"
        + " the partial derivatives are\n\n"
        + "$$\\frac{\\partial f(x_1, x_2)}{\\partial x_2} = x_1^2 + x_1 x_2^2$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(7);
  }

  @Test
  void aValueSetWithAnExponentAfterADisplayedValueIsDropped() {
    CheckReport r = check("$$g(x) = 3x^2 \\in \\mathbb{R}^{1}$$\n\n$$g'(x) = 5x$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(3);
  }
}
