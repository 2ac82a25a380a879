package gradlab.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * mean(), and sum and mean along an axis, which the Tensor API lacked (a tester reached for
 * mean() beside sum()). Each is checked against the tier below: sumTo, which keeps the axis, and
 * the element loop of sum().
 */
@Timeout(30)
class ReductionsTest {
  private static Tensor random(Random r, int... dims) {
    double[] v = new double[Shape.of(dims).size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = r.nextGaussian();
    }
    return Tensor.of(v, dims);
  }

  @Test
  void meanIsTheSumOverTheCount() {
    Tensor m = Tensor.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
    assertThat(m.mean()).isEqualTo(3.5);
    Tensor x = random(new Random(7), 4, 5, 3);
    assertThat(x.mean()).isCloseTo(x.sum() / 60, within(1e-15));
  }

  @Test
  void sumAlongAnAxisAgreesWithSumToThatKeepsIt() {
    Tensor x = random(new Random(11), 4, 5, 3);
    assertThat(x.sum(0).toDoubleArray()).containsExactly(x.sumTo(Shape.of(1, 5, 3))
        .toDoubleArray(), within(1e-12));
    assertThat(x.sum(1).shape()).isEqualTo(Shape.of(4, 3));
    assertThat(x.sum(1).toDoubleArray()).containsExactly(x.sumTo(Shape.of(4, 1, 3))
        .toDoubleArray(), within(1e-12));
    assertThat(x.sum(-1).toDoubleArray()).containsExactly(x.sum(2).toDoubleArray());
    assertThat(x.sum(2).sum()).isCloseTo(x.sum(), within(1e-12));
  }

  @Test
  void meanAlongAnAxisDividesByItsLength() {
    Tensor m = Tensor.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
    assertThat(m.mean(0).toDoubleArray()).containsExactly(2.5, 3.5, 4.5);
    assertThat(m.mean(-1).toDoubleArray()).containsExactly(2, 5);
    Tensor x = random(new Random(13), 3, 4);
    assertThat(x.mean(0).mean()).isCloseTo(x.mean(), within(1e-15));
  }

  @Test
  void float32StaysFloat32() {
    Tensor f = Tensor.ofFloats(new float[] {1, 2, 3, 4}, 2, 2);
    assertThat(f.sum(0).dtype()).isEqualTo(DType.FLOAT32);
    assertThat(f.mean(1).toDoubleArray()).containsExactly(1.5, 3.5);
  }

  @Test
  void aBadAxisOrAnEmptyTensorIsAnErrorThatSaysWhy() {
    Tensor m = Tensor.zeros(DType.FLOAT64, 2, 3);
    assertThatThrownBy(() -> m.sum(2)).isInstanceOf(ShapeMismatchException.class)
        .hasMessageContaining("axis 2 is out of range for shape [2, 3]");
    assertThatThrownBy(() -> Tensor.scalar(1).mean(0)).hasMessageContaining("use mean()");
    assertThatThrownBy(() -> Tensor.zeros(DType.FLOAT64, 0).mean())
        .hasMessageContaining("has no values");
    assertThatThrownBy(() -> Tensor.zeros(DType.FLOAT64, 2, 0).mean(1))
        .hasMessageContaining("has no values");
    assertThat(Tensor.zeros(DType.FLOAT64, 2, 0).sum(1).toDoubleArray()).containsExactly(0, 0);
  }
}
