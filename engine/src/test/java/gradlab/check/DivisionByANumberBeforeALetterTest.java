package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A student types {@code y = 1/2x} in plain text: half of x, or one over 2x. The parser took
 * (1/2)·x alone, so the true derivative of 1/(2x) was refuted and a wrong one of (1/2)·x proved;
 * now the line and every step through it are "not checked: ambiguous", both readings named.
 */
@Timeout(120)
class DivisionByANumberBeforeALetterTest extends CheckFixture {
  @Test
  void aDerivativeOfOneOverTwoXIsNeverRefuted() {
    CheckReport r = checkText("hw.txt", "y = 1/2x\ndy/dx = -1/(2x^2)\n");
    assertThat(((StepVerdict.NotChecked) claimOnLine(r, 1).verdict()).reason())
        .isEqualTo("ambiguous: 1/2x has two readings, (1/2)·x or 1/(2x); write the brackets "
            + "you mean");
    assertThat(((StepVerdict.NotChecked) claimOnLine(r, 2).verdict()).reason())
        .contains("two readings");
  }

  @Test
  void aValueOfOneOverTwoXAtAPointIsNeverRefuted() {
    CheckReport r = checkText("hw.txt", "Let x = 2.\n1/2x = 0.25\n");
    assertThat(claimOnLine(r, 2).verdict()).isInstanceOf(StepVerdict.NotChecked.class);
  }

  @Test
  void aFunctionOfHalfXSquaredIsHeldUnread() {
    CheckReport r = checkText("hw.txt", "Step 1: f(x) = 1/2x^2\nStep 2: f'(x) = x\n");
    assertThat(claimOnLine(r, 2).verdict()).isInstanceOf(StepVerdict.NotChecked.class);
  }

  @Test
  void bracketsOrASpaceOrADivisionLastAreRead() {
    CheckReport r = checkText("hw.txt", "y = x/2\ndy/dx = 1/2\nz = 1/(2x)\ndz/dx = -1/(2x^2)\n"
        + "u = 1/2 x\ndu/dx = 0.5\n");
    assertThat(claimOnLine(r, 2).verdict()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(claimOnLine(r, 4).verdict()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(claimOnLine(r, 6).verdict()).isInstanceOf(StepVerdict.Proved.class);
  }
}
