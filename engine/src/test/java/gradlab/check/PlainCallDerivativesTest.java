package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A plain-text derivative of a written call, {@code d tanh(x)/dx}, is read as the derivative
 * (it was the product d·tanh(x)/dx: "not checked: d, dx are not defined", found by a student).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PlainCallDerivativesTest extends CheckFixture {

  @Test
  void aPlainDerivativeOfATanhCallIsProved() {
    CheckReport r = checkText("hw.txt", "d tanh(x)/dx = 1 - tanh(x)^2\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aPlainDerivativeOfABracketWithAWrongSignIsRefuted() {
    CheckReport r = checkText("hw.txt", "d(x^2 + 3x)/dx = 2x - 3\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aDroppedInnerFactorOfAScaledArgumentIsRefuted() {
    CheckReport r = checkText("hw.txt", "d(tanh(2x))/dx = 1 - tanh(2x)^2\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }
}
