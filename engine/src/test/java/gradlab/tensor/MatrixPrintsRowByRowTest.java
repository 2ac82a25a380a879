package gradlab.tensor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A 2-d tensor prints row by row; it printed its elements flat, so rows could not be told. */
@Timeout(10)
class MatrixPrintsRowByRowTest {
  @Test
  void aMatrixShowsOneRowALine() {
    Tensor m = Tensor.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
    assertThat(m.toString()).isEqualTo("Tensor[2, 3] float64 [[1.00000, 2.00000, 3.00000],\n"
        + " [4.00000, 5.00000, 6.00000]]");
  }

  @Test
  void aVectorStaysOneLineAndLongRowsAndManyRowsAreCut() {
    assertThat(Tensor.of(new double[] {1, 2}, 2).toString())
        .isEqualTo("Tensor[2] float64 [1.00000, 2.00000]");
    Tensor big = Tensor.of(new double[10 * 10], 10, 10);
    String text = TensorText.of(big, "float64", i -> "0");
    assertThat(text.lines()).hasSize(TensorText.MAX + 1);
    assertThat(text.lines().findFirst().orElseThrow())
        .isEqualTo("Tensor[10, 10] float64 [[0, 0, 0, 0, 0, 0, 0, 0, …],");
    assertThat(text).endsWith("\n …]");
  }
}
