package gradlab.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class TensorTest {

  @Test
  void broadcastsRowAcrossMatrix() {
    Tensor m = Tensor.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
    Tensor row = Tensor.of(new double[] {10, 20, 30}, 3);
    assertThat(m.add(row).toDoubleArray()).containsExactly(11, 22, 33, 14, 25, 36);
    Tensor col = Tensor.of(new double[] {1, 2}, 2, 1);
    assertThat(m.mul(col).toDoubleArray()).containsExactly(1, 2, 3, 8, 10, 12);
  }

  @Test
  void sumToReversesBroadcasting() {
    Tensor g = Tensor.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
    assertThat(g.sumTo(Shape.of(3)).toDoubleArray()).containsExactly(5, 7, 9);
    assertThat(g.sumTo(Shape.of(2, 1)).toDoubleArray()).containsExactly(6, 15);
  }

  @Test
  void incompatibleShapesNameBothShapesAndTheRule() {
    assertThatThrownBy(() -> Tensor.zeros(DType.FLOAT64, 2, 3).add(Tensor.zeros(DType.FLOAT64,
        2))).isInstanceOf(ShapeMismatchException.class).hasMessageContaining("[2, 3]")
        .hasMessageContaining("[2]").hasMessageContaining("equal or 1");
  }

  @Test
  void matmulMatchesHandComputedProductInBothPrecisions() {
    Tensor a = Tensor.of(new double[] {1, 2, 3, 4}, 2, 2);
    Tensor b = Tensor.of(new double[] {5, 6, 7, 8}, 2, 2);
    assertThat(a.matmul(b).toDoubleArray()).containsExactly(19, 22, 43, 50);
    assertThat(a.to(DType.FLOAT32).matmul(b.to(DType.FLOAT32)).dtype()).isEqualTo(DType.FLOAT32);
    assertThat(a.to(DType.FLOAT32).matmul(b.to(DType.FLOAT32)).toDoubleArray())
        .containsExactly(19, 22, 43, 50);
  }

  @Test
  void matmulShapeErrorHasHint() {
    assertThatThrownBy(() -> Tensor.zeros(DType.FLOAT64, 2, 3).matmul(Tensor.zeros(
        DType.FLOAT64, 2, 3))).hasMessageContaining("[2, 3] · [2, 3]")
        .hasMessageContaining("transpose");
  }

  @Test
  void convolutionEqualsDirectSum() {
    Random r = new Random(5);
    Tensor x = Tensor.randn(r, 1, DType.FLOAT64, 1, 2, 4, 4);
    Tensor w = Tensor.randn(r, 1, DType.FLOAT64, 3, 2, 3, 3);
    Tensor b = Tensor.randn(r, 1, DType.FLOAT64, 3);
    Tensor y = Kernels.conv2d(x, w, b, new Kernels.Conv(1, 1));
    assertThat(y.shape()).isEqualTo(Shape.of(1, 3, 4, 4));
    double direct = b.at(2);
    for (int c = 0; c < 2; c++) {
      for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 3; j++) {
          int yy = 1 + i - 1;
          int xx = 2 + j - 1;
          if (yy >= 0 && yy < 4 && xx >= 0 && xx < 4) {
            direct += w.get(2, c, i, j) * x.get(0, c, yy, xx);
          }
        }
      }
    }
    assertThat(y.get(0, 2, 1, 2)).isCloseTo(direct, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void reshapeAndSliceKeepRowMajorOrder() {
    Tensor t = Tensor.of(new double[] {0, 1, 2, 3, 4, 5}, 3, 2);
    assertThat(t.reshape(2, 3).get(1, 0)).isEqualTo(3);
    assertThat(t.slice(1, 3).toDoubleArray()).containsExactly(2, 3, 4, 5);
    assertThatThrownBy(() -> t.reshape(4)).hasMessageContaining("cannot view");
  }

  @Test
  void seededRandomTensorsRepeat() {
    assertThat(Tensor.randn(new Random(1), 1, DType.FLOAT64, 5).toDoubleArray())
        .containsExactly(Tensor.randn(new Random(1), 1, DType.FLOAT64, 5).toDoubleArray());
  }

  /**
   * Float32 element-wise ops compute in double and round once to float, as SGD's updates always
   * did (the golden outputs of the training scripts depend on these bits), and a non-finite
   * float32 value is found.
   */
  @Test
  void float32ElementwiseOpsRoundTheDoubleResultOnce() {
    Random r = new Random(9);
    Tensor a = Tensor.randn(r, 1, DType.FLOAT32, 7, 13);
    Tensor b = Tensor.randn(r, 1e-3, DType.FLOAT32, 7, 13);
    Tensor sum = a.add(b);
    Tensor diff = a.sub(b);
    assertThat(sum.dtype()).isEqualTo(DType.FLOAT32);
    for (int i = 0; i < a.size(); i++) {
      assertThat((float) sum.at(i)).isEqualTo((float) (a.at(i) + b.at(i)));
      assertThat((float) diff.at(i)).isEqualTo((float) (a.at(i) - b.at(i)));
    }
    assertThat(a.hasNonFinite()).isFalse();
    assertThat(a.add(Tensor.ofFloats(new float[] {Float.NaN}, 1)).hasNonFinite()).isTrue();
  }
}
