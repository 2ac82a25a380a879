package gradlab.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lists combined element by element: lengths that differ are an error naming both, and a matrix
 * meeting a vector says its rule is rows, not NumPy's columns (user26 F3).
 */
class ListThreadingTest {
  private static ExprList list(long... v) {
    return new ExprList(Arrays.stream(v).mapToObj(x -> (Expression) Num.of(x)).toList());
  }

  @Test
  void listsOfDifferentLengthsAreAnErrorNamingBoth() {
    assertThatThrownBy(() -> ListThreading.check(List.of(list(1, 2, 3), list(1, 2)), "+"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lengths 3 and 2").hasMessageNotContaining("Thread");
  }

  @Test
  void aMatrixMeetingAVectorSaysTheRowRule() {
    ExprList matrix = new ExprList(List.of(list(1, 2), list(3, 4)));
    assertThat(ListThreading.check(List.of(matrix, list(10, 20)), "*")).hasValueSatisfying(
        note -> assertThat(note).contains("row").contains("NumPy").contains("dot(A, v)"));
  }

  @Test
  void listsOfOneShapeAndNumbersNeedNoNote() {
    assertThat(ListThreading.check(List.of(list(1, 2), list(3, 4), Num.of(2)), "+")).isEmpty();
    ExprList matrix = new ExprList(List.of(list(1, 2), list(3, 4)));
    assertThat(ListThreading.check(List.of(matrix, matrix), "*")).isEmpty();
  }

  @Test
  void aMatrixWithAVectorOfTheColumnsLengthIsAnErrorThatSaysRowsPair() {
    ExprList wide = new ExprList(List.of(list(1, 2, 3), list(4, 5, 6)));
    assertThatThrownBy(() -> ListThreading.check(List.of(wide, list(1, 2, 3)), "*"))
        .hasMessageContaining("lengths 2 and 3").hasMessageContaining("one item per row");
  }
}
