package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "$$\nabla f(1, 2) = [4, 1]$$" after "Let $f(x, y) = x^2 + xy$" ended `gradlab check` with
 * "error: NullPointerException" and no report (found by miss30): a gradient at a point is a
 * step the reader does not read, and the steps after it are still checked.
 */
@Timeout(60)
class StepFailuresTest extends gradlab.symbolic.EngineFixture {
  @Test
  void aGradientAtAPointIsNotCheckedAndTheFileGoesOn() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Let $f(x, y) = x^2 + xy$. Then\n"
        + "$$\\nabla f(1, 2) = [4, 1]$$\n\nand $$f(1, 2) = 4$$\n");
    assertThat(r.render()).contains("not checked");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(4));
  }

  @Test
  void aFailureOfTheCheckerItselfIsSaidToBeOne() {
    assertThat(StepFailures.reason(new NullPointerException("lhs is null")))
        .startsWith("the checker failed on this step").contains("NullPointerException");
    assertThat(StepFailures.reason(new ArithmeticException("division by zero")))
        .isEqualTo("division by zero");
  }
}
