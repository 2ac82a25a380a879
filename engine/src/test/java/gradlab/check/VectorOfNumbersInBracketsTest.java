package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A student types an exam's vectors as in code, {@code x = [1, 2]}, {@code W = [[1, 2], [0,
 * 1]]}. The report showed the parser's error over four lines, with "\u005b" and "hint: an operand
 * is missing next to an operator"; now one line says what is not read.
 */
@Timeout(120)
class VectorOfNumbersInBracketsTest extends CheckFixture {
  @Test
  void aVectorOfNumbersIsOneLineThatSaysItIsNotRead() {
    CheckReport r = checkText("exam.txt", "x = [1, 2]\nW = [[1, 2], [0, 1]]\nW x = [5, 2]\n");
    for (int line = 1; line <= 2; line++) {
      String why = ((StepVerdict.NotChecked) claimOnLine(r, line).verdict()).reason();
      assertThat(why).isEqualTo("cannot read: vectors and matrices of numbers typed in brackets, "
          + "as [1, 2]");
    }
    assertThat(claimOnLine(r, 3).verdict()).isInstanceOf(StepVerdict.NotChecked.class);
  }

  @Test
  void anUnbalancedBracketKeepsTheParsersHint() {
    CheckReport r = checkText("exam.txt", "x = (1 + 2\n");
    assertThat(((StepVerdict.NotChecked) claimOnLine(r, 1).verdict()).reason())
        .startsWith("definition not understood");
  }
}
