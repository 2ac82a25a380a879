package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * d2l's {@code \frac{dg}{dx}(x)}, the derivative at x: {@code \frac{dg}{dx}(x) = 2ax + b} of
 * g(x) = ax² + bx + c was refuted, read as the product (dg/dx)·x.
 */
@Timeout(60)
class DerivativeAtPointTest extends gradlab.symbolic.EngineFixture {
  private static List<StepVerdict> claims(String markdown) {
    CheckReport r = FixturePair.checkMarkdown(engine, markdown);
    return r.steps().stream().filter(StepResult::isClaim).map(StepResult::verdict).toList();
  }

  private static final String QUADRATIC = "Consider the function $g(x) = ax^{2}+ bx + c$.\n\n";

  @Test
  void derivativeAtItsOwnVariableIsTheDerivative() {
    assertThat(claims(QUADRATIC + "$$\\frac{dg}{dx}(x) = 2ax + b$$\n"))
        .singleElement().isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void wrongDerivativeAtItsOwnVariableIsStillRefuted() {
    assertThat(claims(QUADRATIC + "$$\\frac{dg}{dx}(x) = ax + b$$\n"))
        .singleElement().isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void derivativeAtAnotherPointIsNotReadAsAProduct() {
    StepVerdict v = claims(QUADRATIC + "$$\\frac{dg}{dx}(x_0) = 2ax_0 + b$$\n").get(0);
    assertThat(v).isInstanceOf(StepVerdict.NotChecked.class);
    assertThat(((StepVerdict.NotChecked) v).reason()).contains("evaluated at a point");
  }
}
