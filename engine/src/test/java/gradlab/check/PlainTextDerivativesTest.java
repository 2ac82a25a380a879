package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Plain-text derivatives as students type them (found by a new user): {@code d/dw1 y} was d/dw
 * of 1·y, so the true 2·w1 was ✗; {@code dL/dw} was the product of names d, L, w, so the wrong
 * gradient (·x forgotten) was "not checked".
 */
@Timeout(60)
class PlainTextDerivativesTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(8)).checkText("t.txt", text);
  }

  @Test
  void dByANameWithDigitsTakesTheWholeName() {
    CheckReport r = check("let y = w1^2\nd/dw1 y = 2*w1\nlet s = exp(x1) + exp(x2)\n"
        + "d/dx1 log(s) = exp(x1)/s\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void dLOverDwIsTheDerivativeOfLByW() {
    CheckReport right = check("let L = (w*x - y)^2\ndL/dw = 2*(w*x - y)*x\n");
    assertThat(right.count(StepVerdict.Proved.class)).as(right.render()).isEqualTo(1);
    CheckReport wrong = check("let L = (w*x - y)^2\ndL/dw = 2*(w*x - y)\n");
    assertThat(wrong.firstRefuted().orElseThrow().line()).as(wrong.render()).isEqualTo(2);
  }
}
