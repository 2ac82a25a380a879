package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A plain-text head with parameters x1, x2 ({@code f(x1, x2) = log(exp(x1) + exp(x2))}, as new
 * users type log-sum-exp) was no definition but "a property of a particular f", so every later
 * {@code df/dx1 = …} was "not checked: x1 is not defined", a wrong derivative among them.
 */
@Timeout(300)
class PlainDigitParametersTest extends CheckFixture {
  private static final String LSE = "# log-sum-exp of two numbers\n\n"
      + "f(x1, x2) = log(exp(x1) + exp(x2))\n\n";

  @Test
  void aFirstDerivativeByADigitParameterIsProved() {
    CheckReport r = checkText("t.md", LSE + "df/dx1 = exp(x1)/(exp(x1) + exp(x2))\n");
    assertThat(claimOnLine(r, 5).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongSignInTheFirstDerivativeIsRefutedAtItsLine() {
    CheckReport r = checkText("t.md", LSE + "df/dx2 = -exp(x2)/(exp(x1) + exp(x2))\n");
    assertThat(claimOnLine(r, 5).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aWrongSecondDerivativeOfAProductIsRefutedAtItsLine() {
    CheckReport r = checkText("t.txt", "f(x1, x2) = x1^2*x2\nd^2f/dx1^2 = x2\n");
    assertThat(claimOnLine(r, 2).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
    r = checkText("t.txt", "f(x1, x2) = x1^2*x2\nd^2f/dx1^2 = 2*x2\n");
    assertThat(claimOnLine(r, 2).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }
}
