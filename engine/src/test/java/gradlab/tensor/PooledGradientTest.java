package gradlab.tensor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The sparse backward of conv → 2×2 max-pool → ReLU: its two kernels, vector against scalar
 * twin, and the whole pass against the dense {@link DirectConv} and im2col {@link FloatConv}
 * kernels on the expanded gradient.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PooledGradientTest {
  private static float[] randn(Random r, int n) {
    float[] a = new float[n];
    for (int i = 0; i < n; i++) {
      a[i] = (float) r.nextGaussian();
    }
    return a;
  }

  private static void assertBits(float[] got, float[] want, String what) {
    assertThat(got.length).as(what).isEqualTo(want.length);
    for (int i = 0; i < want.length; i++) {
      assertThat(Float.floatToIntBits(got[i])).as("%s element %d: %s vs %s", what, i, got[i],
          want[i]).isEqualTo(Float.floatToIntBits(want[i]));
    }
  }

  @Test
  void vectorKernelsGiveTheScalarTwinsBitsForRowWidthsOneToTwelveAndPatchesAtTheArrayEnd() {
    Random r = new Random(21);
    PooledGradient vector = PooledGradient.best();
    PooledGradient scalar = PooledGradient.scalar();
    for (int round = 0; round < 200; round++) {
      int s = 1 + r.nextInt(12);
      int rows = 1 + r.nextInt(11);
      int rowLen = s + r.nextInt(8);
      int[] rowOff = new int[rows];
      for (int i = 1; i < rows; i++) {
        rowOff[i] = rowOff[i - 1] + rowLen;
      }
      int patch = rowOff[rows - 1] + s;
      float[] x = randn(r, patch + r.nextInt(20));
      int count = r.nextInt(40);
      int[] at = new int[count];
      float[] v = randn(r, count);
      for (int t = 0; t < count; t++) {
        // every fourth term reads the patch that ends at the array's last element
        at[t] = t % 4 == 0 ? x.length - patch : r.nextInt(x.length - patch + 1);
      }
      float[] dwVector = randn(new Random(round), rows * s + 3);
      float[] dwScalar = dwVector.clone();
      vector.weightGradient(x, at, v, count, rowOff, rows, s, dwVector, 3);
      scalar.weightGradient(x, at, v, count, rowOff, rows, s, dwScalar, 3);
      assertBits(dwVector, dwScalar, "weight gradient, S = " + s + ", rows = " + rows);

      int k = 1 + r.nextInt(20);
      float[] w = randn(r, k * rows * s);
      int[] chans = new int[k];
      for (int j = 0; j < k; j++) {
        chans[j] = r.nextInt(k);
      }
      float[] vals = randn(r, k);
      int from = r.nextInt(k);
      float[] dxVector = randn(new Random(-round), x.length);
      float[] dxScalar = dxVector.clone();
      int dxo = r.nextBoolean() ? x.length - patch : r.nextInt(x.length - patch + 1);
      int dcol = rows * s + PooledGradient.SLACK;
      vector.inputGradient(w, chans, vals, from, k - from, new float[dcol], rowOff, rows, s,
          dxVector, dxo, dxVector.length);
      scalar.inputGradient(w, chans, vals, from, k - from, new float[dcol], rowOff, rows, s,
          dxScalar, dxo, dxScalar.length);
      assertBits(dxVector, dxScalar, "input gradient, S = " + s + ", rows = " + rows);
    }
  }

  /** The pooled gradient spread to the convolution's output size: dy at each route, else 0. */
  private static float[] expand(float[] dy, byte[] codes, int planes, int oh, int ow) {
    float[] dz = new float[planes * oh * ow];
    int ph = oh / 2;
    int pw = ow / 2;
    for (int plane = 0; plane < planes; plane++) {
      for (int i = 0; i < ph; i++) {
        for (int j = 0; j < pw; j++) {
          int o = (plane * ph + i) * pw + j;
          if (codes[o] >= 0) {
            dz[(plane * oh + 2 * i + codes[o] / 2) * ow + 2 * j + codes[o] % 2] = dy[o];
          }
        }
      }
    }
    return dz;
  }

  @Test
  void pooledBackwardGivesTheBitsOfTheDenseAndIm2colKernelsOnTheExpandedGradient() {
    Random r = new Random(22);
    // {n, c, side, k, kernel}: the exercise's two layers (28×28 and 24×24), blocks of 16 crossed
    int[][] cases = {{20, 1, 28, 16, 5}, {18, 16, 12, 16, 5}, {17, 16, 10, 16, 3},
        {5, 3, 9, 7, 4}, {3, 2, 11, 5, 2}, {2, 1, 14, 3, 11}};
    for (int[] c : cases) {
      int n = c[0];
      int side = c[2];
      int k = c[3];
      int oh = side - c[4] + 1;
      FloatIm2col g = new FloatIm2col(c[1], side, side, c[4], c[4], 1, 0, oh, oh);
      float[] x = randn(r, n * c[1] * side * side);
      float[] w = randn(r, k * g.rows());
      float[] dy = randn(r, n * k * (oh / 2) * (oh / 2));
      byte[] codes = new byte[dy.length];
      for (int i = 0; i < codes.length; i++) {
        codes[i] = (byte) (r.nextInt(5) - 1); // −1: a window that ReLU shut
      }
      float[][] got = PooledBackward.backward(x, n, g, w, k, dy, codes, true);
      float[] dz = expand(dy, codes, n * k, oh, oh);
      float[][] dense = new DirectConv(g, k).backward(x, n, w, dz, true);
      float[][] im2col = FloatConv.backward(x, n, g, w, k, dz, true);
      String what = java.util.Arrays.toString(c);
      for (int i = 0; i < 3; i++) {
        assertBits(got[i], dense[i], what + " against DirectConv, output " + i);
        assertBits(got[i], im2col[i], what + " against im2col, output " + i);
      }
      assertThat(PooledBackward.backward(x, n, g, w, k, dy, codes, false)[0]).isNull();
    }
  }
}
