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
  void aMatrixOfNumbersTypedAsNestedListsIsOneLineThatSaysItIsNotRead() {
    CheckReport r = checkText("exam.txt", "W = [[1, 2], [0, 1]]\nW x = [5, 2]\n");
    String why = ((StepVerdict.NotChecked) claimOnLine(r, 1).verdict()).reason();
    assertThat(why).isEqualTo("cannot read: vectors and matrices of numbers typed in brackets, "
        + "as [1, 2]"); // a vector [1, 2] is read since vec33 (TypedVectorsTest)
    assertThat(claimOnLine(r, 2).verdict()).isInstanceOf(StepVerdict.NotChecked.class);
  }

  @Test
  void anUnbalancedBracketKeepsTheParsersHint() {
    CheckReport r = checkText("exam.txt", "x = (1 + 2\n");
    assertThat(((StepVerdict.NotChecked) claimOnLine(r, 1).verdict()).reason())
        .startsWith("definition not understood");
  }
}
