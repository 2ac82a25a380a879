package gradlab.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The float32 kernels against the float64 path, which is tested against the definitions. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FloatKernelsTest {

  private static void assertClose(Tensor f32, Tensor f64, double tol) {
    assertThat(f32.dtype()).isEqualTo(DType.FLOAT32);
    assertThat(f32.shape()).isEqualTo(f64.shape());
    for (int i = 0; i < f64.size(); i++) {
      assertThat(f32.at(i)).as("element %d", i).isCloseTo(f64.at(i), within(tol));
    }
  }

  @Test
  void float32ConvolutionMatchesFloat64ForwardAndBackwardWithStrideAndPadding() {
    Random r = new Random(3);
    for (int[] geo : new int[][] {{1, 0}, {2, 1}, {1, 2}, {3, 0}}) {
      Kernels.Conv g = new Kernels.Conv(geo[0], geo[1]);
      Tensor x = Tensor.randn(r, 1, DType.FLOAT64, 5, 3, 9, 8);
      Tensor w = Tensor.randn(r, 1, DType.FLOAT64, 6, 3, 3, 3);
      Tensor b = Tensor.randn(r, 1, DType.FLOAT64, 6);
      Tensor y64 = Kernels.conv2d(x, w, b, g);
      Tensor y32 = Kernels.conv2d(x.to(DType.FLOAT32), w.to(DType.FLOAT32), b.to(DType.FLOAT32),
          g);
      assertClose(y32, y64, 1e-4);
      Tensor dy = Tensor.randn(r, 1, DType.FLOAT64, y64.shape().dims());
      Tensor[] g64 = Kernels.conv2dBackward(x, w, dy, g, true);
      Tensor[] g32 = Kernels.conv2dBackward(x.to(DType.FLOAT32), w.to(DType.FLOAT32),
          dy.to(DType.FLOAT32), g, true);
      for (int i = 0; i < 3; i++) {
        assertClose(g32[i], g64[i], 1e-3);
      }
    }
  }

  @Test
  void convolutionBackwardSkipsTheInputGradientWhenItIsNotWanted() {
    Random r = new Random(4);
    Tensor x = Tensor.randn(r, 1, DType.FLOAT32, 2, 1, 6, 6);
    Tensor w = Tensor.randn(r, 1, DType.FLOAT32, 4, 1, 3, 3);
    Tensor dy = Tensor.randn(r, 1, DType.FLOAT32, 2, 4, 4, 4);
    Tensor[] with = Kernels.conv2dBackward(x, w, dy, new Kernels.Conv(1, 0), true);
    Tensor[] without = Kernels.conv2dBackward(x, w, dy, new Kernels.Conv(1, 0), false);
    assertThat(without[0]).isNull();
    assertClose(without[1], with[1].to(DType.FLOAT64), 0);
    assertClose(without[2], with[2].to(DType.FLOAT64), 0);
  }

  @Test
  void float32PoolingReluAndMatmulMatchFloat64() {
    Random r = new Random(5);
    Tensor x = Tensor.randn(r, 1, DType.FLOAT64, 3, 4, 6, 8);
    Tensor x32 = x.to(DType.FLOAT32);
    assertClose(Kernels.maxPool2d(x32, 2), Kernels.maxPool2d(x, 2), 1e-6);
    Tensor dy = Tensor.randn(r, 1, DType.FLOAT64, 3, 4, 3, 4);
    assertClose(Kernels.maxPool2dBackward(x32, 2, dy.to(DType.FLOAT32)),
        Kernels.maxPool2dBackward(x, 2, dy), 1e-6);
    assertClose(Kernels.relu(x32), Kernels.relu(x), 1e-6);
    Tensor g = Tensor.randn(r, 1, DType.FLOAT64, 3, 4, 6, 8);
    assertClose(Kernels.reluBackward(x32, g.to(DType.FLOAT32)), Kernels.reluBackward(x, g), 1e-6);
    Tensor a = Tensor.randn(r, 1, DType.FLOAT64, 7, 19);
    Tensor b = Tensor.randn(r, 1, DType.FLOAT64, 19, 23);
    assertClose(Kernels.matmul(a.to(DType.FLOAT32), b.to(DType.FLOAT32)), Kernels.matmul(a, b),
        1e-4);
    assertClose(Kernels.transpose(a.to(DType.FLOAT32)), Kernels.transpose(a), 1e-6);
  }

  /** The linear layer's weight gradient xᵀ·g, small and large, float32 and float64. */
  @Test
  void transposeMatmulIsBitForBitTheProductWithTheTranspose() {
    Random r = new Random(10);
    for (int[] kmn : new int[][] {{64, 256, 10}, {7, 5, 3}, {300, 90, 40}}) {
      Tensor a = Tensor.randn(r, 1, DType.FLOAT32, kmn[0], kmn[1]);
      Tensor b = Tensor.randn(r, 1, DType.FLOAT32, kmn[0], kmn[2]);
      assertThat(a.transposeMatmul(b).toDoubleArray()).as("k, m, n = %d, %d, %d", kmn[0],
          kmn[1], kmn[2]).containsExactly(a.transpose().matmul(b).toDoubleArray());
      Tensor a64 = a.to(DType.FLOAT64);
      Tensor b64 = b.to(DType.FLOAT64);
      assertThat(a64.transposeMatmul(b64).toDoubleArray())
          .containsExactly(a64.transpose().matmul(b64).toDoubleArray());
    }
    assertThatThrownBy(() -> Tensor.zeros(DType.FLOAT32, 3, 2).transposeMatmul(
        Tensor.zeros(DType.FLOAT32, 4, 2))).isInstanceOf(ShapeMismatchException.class)
        .hasMessageContaining("[k, m]ᵀ · [k, n]");
  }

  /** Shapes that end in partial 16 × 16 tiles on both axes, and one narrower than a tile. */
  @Test
  void float32TransposeInTilesIsExactOnRaggedShapes() {
    Random r = new Random(8);
    for (int[] dims : new int[][] {{37, 21}, {64, 256}, {5, 33}, {1, 17}}) {
      Tensor a = Tensor.randn(r, 1, DType.FLOAT32, dims[0], dims[1]);
      Tensor t = Kernels.transpose(a);
      assertThat(t.shape().dim(0)).isEqualTo(dims[1]);
      for (int i = 0; i < dims[0]; i++) {
        for (int j = 0; j < dims[1]; j++) {
          assertThat(t.at(j * dims[0] + i)).as("[%d, %d] of %s", i, j, a.shape())
              .isEqualTo(a.at(i * dims[1] + j));
        }
      }
    }
  }

  @Test
  void largeFloat32ProductsSplitAcrossCoresAndSlicesOfKMatchFloat64() {
    Random r = new Random(6);
    Tensor a = Tensor.randn(r, 1, DType.FLOAT64, 131, 517);
    Tensor b = Tensor.randn(r, 1, DType.FLOAT64, 517, 45);
    assertClose(Kernels.matmul(a.to(DType.FLOAT32), b.to(DType.FLOAT32)), Kernels.matmul(a, b),
        1e-3);
  }
}
