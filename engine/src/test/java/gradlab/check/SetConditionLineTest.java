package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A plain line "set dL/ds = 0: … so s = log((y - f)^2)" states a condition and its solution, no
 * definition of s: read as one, the worked example's "y = 3, f = 1, s = 0" was ✗ (a student's
 * notes on Kendall and Gal's heteroscedastic loss).
 */
@Timeout(120)
class SetConditionLineTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport txt(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.txt", text);
  }

  @Test
  void aSolutionOfAConditionSetToZeroDefinesNoName() {
    CheckReport r = txt("L = 0.5*exp(-s)*(y - g)^2 + 0.5*s\n"
        + "dL/ds = -0.5*exp(-s)*(y - g)^2 + 0.5\n"
        + "set dL/ds = 0: exp(-s)*(y - g)^2 = 1 so s = log((y - g)^2)\n"
        + "numbers: y = 3, g = 1, s = 0\n"
        + "L = 0.5*1*4 + 0 = 2\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("condition");
  }

  @Test
  void aSolutionInOneUnknownIsStillCheckedAgainstItsCondition() {
    CheckReport r = txt("f(w) = (w - 3)^2\n"
        + "set f'(w) = 0: 2*(w - 3) = 0 so w = 4\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
