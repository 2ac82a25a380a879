package gradlab.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The fused conv → 2×2 max-pool → ReLU against the three kernels run one after another. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConvPoolReluTest {
  private static final Kernels.Conv VALID = new Kernels.Conv(1, 0);

  /** Equal value by value (−0 equals 0: the composition may write −0 where the fused one has 0). */
  private static void assertSame(Tensor fused, Tensor composed, String what) {
    assertThat(fused.dtype()).as(what).isEqualTo(composed.dtype());
    assertThat(fused.shape()).as(what).isEqualTo(composed.shape());
    for (int i = 0; i < composed.size(); i++) {
      assertThat(fused.at(i) == composed.at(i)).as("%s element %d: %s vs %s", what, i,
          fused.at(i), composed.at(i)).isTrue();
    }
  }

  /** Forward value and all three gradients, fused and composed, for one geometry. */
  private static void assertFusedEqualsComposition(Random r, DType type, int n, int c, int side,
      int k, int kernel, double biasShift) {
    Tensor x = Tensor.randn(r, 1, type, n, c, side, side);
    Tensor w = Tensor.randn(r, 0.3, type, k, c, kernel, kernel);
    Tensor b = Tensor.randn(r, 0.3, type, k).map(v -> v + biasShift);
    ConvPoolRelu.Result fused = ConvPoolRelu.forward(x, w, b, VALID, 2);
    Tensor z = Kernels.conv2d(x, w, b, VALID);
    Tensor p = Kernels.maxPool2d(z, 2);
    assertSame(fused.value(), Kernels.relu(p), "forward");
    Tensor dy = Tensor.randn(r, 1, type, p.shape().dims());
    Tensor[] got = ConvPoolRelu.backward(x, w, fused.routes(), dy, VALID, 2, true);
    Tensor[] want = Kernels.conv2dBackward(x, w, Kernels.maxPool2dBackward(z, 2,
        Kernels.reluBackward(p, dy)), VALID, true);
    assertSame(got[0], want[0], "dx");
    assertSame(got[1], want[1], "dw");
    assertSame(got[2], want[2], "db");
  }

  @Test
  void fusedFloat32KernelGivesTheBitsOfConvPoolReluInARowForBothExerciseGeometries() {
    Random r = new Random(11);
    // 20 samples cross the 16-sample block of the weight-gradient sums
    assertFusedEqualsComposition(r, DType.FLOAT32, 20, 1, 28, 16, 5, 0);
    assertFusedEqualsComposition(r, DType.FLOAT32, 20, 16, 12, 16, 5, 0);
    assertFusedEqualsComposition(r, DType.FLOAT32, 3, 16, 10, 16, 3, 0);
    assertFusedEqualsComposition(r, DType.FLOAT32, 5, 3, 9, 7, 4, -0.5);
  }

  @Test
  void float64AndUncoveredGeometriesRunTheCompositionWithTheSameResults() {
    Random r = new Random(12);
    assertFusedEqualsComposition(r, DType.FLOAT64, 3, 2, 8, 4, 3, 0);
    // odd output side 7: the fused kernel does not cover it, the composition rejects it
    Tensor x = Tensor.randn(r, 1, DType.FLOAT32, 1, 1, 9, 9);
    Tensor w = Tensor.randn(r, 1, DType.FLOAT32, 2, 1, 3, 3);
    assertThatThrownBy(() -> ConvPoolRelu.forward(x, w, Tensor.zeros(DType.FLOAT32, 2), VALID,
        2)).isInstanceOf(ShapeMismatchException.class).hasMessageContaining("divisible");
  }

  @Test
  void windowsWhoseMaximumIsNotPositivePassNoGradient() {
    // one 2×2 output window per channel: channel 0 all negative, channel 1 with a positive max
    Tensor x = Tensor.ofFloats(new float[] {-1, -2, -3, -4, -5, -6, -7, -8, -9}, 1, 1, 3, 3);
    Tensor w = Tensor.ofFloats(new float[] {1, 0, 0, 0, -1, 0, 0, 0}, 2, 1, 2, 2);
    ConvPoolRelu.Result y = ConvPoolRelu.forward(x, w, Tensor.zeros(DType.FLOAT32, 2), VALID, 2);
    assertThat(y.value().toDoubleArray()).containsExactly(0, 5);
    assertThat(y.routes().open()).isEqualTo(1);
    Tensor[] g = ConvPoolRelu.backward(x, w, y.routes(), Tensor.ofFloats(new float[] {1, 1},
        1, 2, 1, 1), VALID, 2, false);
    assertThat(g[0]).isNull();
    // channel 1 is −x under its top-left tap; its window's maximum 5 is at output (1, 1), so
    // its weight gradient is the 2×2 input patch from (1, 1); channel 0 gets nothing
    assertThat(g[1].toDoubleArray()).containsExactly(0, 0, 0, 0, -5, -6, -8, -9);
    assertThat(g[2].toDoubleArray()).containsExactly(0, 1);
  }

  @Test
  void windowsLargerThanElevenAreRejectedWithAHint() {
    Tensor x = Tensor.zeros(DType.FLOAT32, 1, 1, 4, 4);
    Tensor w = Tensor.zeros(DType.FLOAT32, 1, 1, 1, 1);
    assertThatThrownBy(() -> ConvPoolRelu.forward(x, w, Tensor.zeros(DType.FLOAT32, 1), VALID,
        12)).hasMessageContaining("window 12").hasMessageContaining("hint");
  }
}
