package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "3e" in a plain-text line is 3·e: "at x = 1: d(x^2*exp(x))/dx = 3e" was "not checked: e is not
 * defined in the text" (user38). An exponent after it, 1e-3, stays a number.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class NumberTimesEulerInPlainTextTest extends CheckFixture {

  @Test
  void aNumberTimesEIsEulersNumberAtAPoint() {
    CheckReport r = checkText("hw.md", "at x = 1: d(x^2*exp(x))/dx = 3e\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongMultipleOfEIsRefuted() {
    CheckReport r = checkText("hw.md", "at x = 1: d(x^2*exp(x))/dx = 2e\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aNumberWithAnExponentStaysANumber() {
    CheckReport r = checkText("hw.md", "0.001 = 1e-3\n\n2000 = 2e3\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }
}
