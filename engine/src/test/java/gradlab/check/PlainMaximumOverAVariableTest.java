package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "max_z σ′(z) = 1/4" and "max σ′(z) = 1/4" in plain text are the largest value over z: the
 * first was "not checked: no numeric value", the second "depends on [max]" as if max were a
 * name, and a wrong maximum passed unseen (user38). max(a, b) stays the larger of two.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PlainMaximumOverAVariableTest extends CheckFixture {

  @Test
  void theMaximumOfTheSigmoidsDerivativeIsProvedInPlainText() {
    CheckReport r = checkText("hw.md", "max_z σ′(z) = 1/4\n\nmax sigma'(z) = 0.25\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(claimOnLine(r, 1).lhs()).as(r.render()).isEqualTo("max_z σ′(z)");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongMaximumIsRefutedAtItsLine() {
    CheckReport r = checkText("hw.md", "max_z σ′(z) = 1/2\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(1));
  }

  @Test
  void aWrongMinimumOverANamedVariableIsRefuted() {
    CheckReport r = checkText("hw.md", "min_x (x - 1)^2 = 0\n\nmin_x (x - 1)^2 = 1\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(3));
  }

  @Test
  void theLargerOfTwoStaysAFunctionOfTwo() {
    CheckReport r = checkText("hw.md", "max(2, 3) = 3\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }
}
