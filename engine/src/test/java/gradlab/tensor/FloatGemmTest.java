package gradlab.tensor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FloatGemmTest {

  private static float[] random(Random r, int n) {
    float[] a = new float[n];
    for (int i = 0; i < n; i++) {
      a[i] = (float) r.nextGaussian();
    }
    return a;
  }

  @Test
  void theVectorKernelIsLoadedWhenTheIncubatorModuleIsPresent() {
    assertThat(ModuleLayer.boot().findModule("jdk.incubator.vector")).isPresent();
    assertThat(FloatGemm.best().name()).startsWith("vector-");
  }

  @Test
  void vectorAndScalarKernelsAgreeBitForBitOnEveryEdgeShape() {
    Random r = new Random(42);
    FloatGemm fast = FloatGemm.best();
    FloatGemm ref = FloatGemm.scalar();
    for (int trial = 0; trial < 300; trial++) {
      // up to 17 rows and 100 columns: the 4 × 3L, 4 × 2L, 8 × 1L, 1-row and scalar edges
      int m = 1 + r.nextInt(17);
      int n = 1 + r.nextInt(100);
      int k = 1 + r.nextInt(30);
      int lda = k + r.nextInt(3);
      int ldb = n + r.nextInt(3);
      int ldc = n + r.nextInt(3);
      int ao = r.nextInt(5);
      int bo = r.nextInt(5);
      int co = r.nextInt(5);
      float[] a = random(r, ao + m * lda);
      float[] b = random(r, bo + k * ldb);
      float[] c1 = random(r, co + m * ldc);
      float[] c2 = c1.clone();
      boolean acc = r.nextBoolean();
      fast.gemm(a, ao, lda, b, bo, ldb, c1, co, ldc, m, n, k, acc);
      ref.gemm(a, ao, lda, b, bo, ldb, c2, co, ldc, m, n, k, acc);
      assertThat(c1).as("m=%d n=%d k=%d acc=%b", m, n, k, acc).containsExactly(c2);
    }
  }

  @Test
  void rowProductsOfAConvolutionAgreeBitForBitWithTheScalarKernelForEveryRowCount() {
    Random r = new Random(44);
    FloatGemm fast = FloatGemm.best();
    FloatGemm ref = FloatGemm.scalar();
    int lanes = 8; // the vector kernel's row width on AVX2 and AVX-512 (256-bit vectors)
    for (int trial = 0; trial < 200; trial++) {
      // m = 8 or 16 (the 8 × 3 block) or not a multiple of 8; n = one or three vectors or not;
      // 1 … 9 rows (overlapping last blocks); input rows wider than n (a convolution's)
      int m = r.nextBoolean() ? 8 * (1 + r.nextInt(2)) : 1 + r.nextInt(17);
      int n = r.nextInt(4) == 0 ? 1 + r.nextInt(12) : r.nextInt(3) == 0 ? 3 * lanes : lanes;
      int rows = 1 + r.nextInt(9);
      int k = 1 + r.nextInt(30);
      int stride = n + r.nextInt(6);
      int bo = r.nextInt(5);
      int[] aRows = FloatGemm.strided(m, k);
      int[] bRows = new int[k];
      for (int p = 0; p < k; p++) {
        bRows[p] = r.nextInt(3 * stride); // taps at any offset, as a kernel's are
      }
      int[] cRows = FloatGemm.strided(m, rows * n);
      float[] a = random(r, m * k);
      float[] b = random(r, bo + 3 * stride + rows * stride + n);
      float[] c1 = random(r, m * rows * n);
      float[] c2 = c1.clone();
      fast.gemmRows(a, aRows, b, bo, bRows, stride, c1, cRows, m, n, rows, k);
      for (int y = 0; y < rows; y++) {
        ref.gemm(a, 0, aRows, null, b, bo + y * stride, bRows, c2, y * n, cRows, m, n, k, false);
      }
      assertThat(c1).as("m=%d n=%d rows=%d k=%d", m, n, rows, k).containsExactly(c2);
    }
  }

  @Test
  void vectorAndScalarPoolingAgreeBitForBitWithTiesZerosAndNaN() {
    Random r = new Random(43);
    FloatGemm fast = FloatGemm.best();
    FloatGemm ref = FloatGemm.scalar();
    float[] special = {0f, -0f, Float.NaN, 1f, -1f};
    for (int trial = 0; trial < 200; trial++) {
      // windows in one row, or in rows of `across` windows one after another (a channel's)
      int count = 1 + r.nextInt(30);
      int across = r.nextBoolean() ? count : 1 + r.nextInt(8);
      int w = 2 * across + r.nextInt(4);
      int[] map = new int[count + FloatGemm.POOL_SLACK];
      for (int j = 0; j < count; j++) {
        map[j] = 2 * (j / across) * w + 2 * (j % across);
      }
      float[] out = random(r, 2 * w * (count / across + 1) + 4 * FloatGemm.POOL_SLACK);
      for (int i = 0; i < out.length; i++) {
        // small integers make ties common; a few special values where the sign rules matter
        out[i] = r.nextInt(8) == 0 ? special[r.nextInt(special.length)] : r.nextInt(5) - 2;
      }
      float bias = r.nextBoolean() ? 0f : (float) r.nextGaussian();
      float[] y1 = new float[count + FloatGemm.POOL_SLACK];
      float[] y2 = new float[y1.length];
      byte[] c1 = new byte[y1.length];
      byte[] c2 = new byte[y1.length];
      fast.poolRelu2(out, 0, map, w, count, bias, y1, 0, c1, 0);
      ref.poolRelu2(out, 0, map, w, count, bias, y2, 0, c2, 0);
      for (int j = 0; j < count; j++) {
        assertThat(Float.floatToRawIntBits(y1[j])).as("y[%d]", j)
            .isEqualTo(Float.floatToRawIntBits(y2[j]));
        assertThat(c1[j]).as("code[%d]", j).isEqualTo(c2[j]);
      }
    }
  }

  @Test
  void rowAndColumnTablesAddressTheSameProductAsAnExplicitCopy() {
    Random r = new Random(11);
    FloatGemm fast = FloatGemm.best();
    for (int trial = 0; trial < 100; trial++) {
      int m = 1 + r.nextInt(12);
      int n = 1 + r.nextInt(40);
      int k = 1 + r.nextInt(20);
      float[] a = random(r, 400);
      float[] b = random(r, 900);
      int[] aRows = new int[m];
      int[] aCols = new int[k];
      int[] bRows = new int[k];
      int[] cRows = new int[m];
      for (int i = 0; i < m; i++) {
        aRows[i] = r.nextInt(200);
        cRows[i] = i == 0 ? r.nextInt(3) : cRows[i - 1] + n + r.nextInt(3);
      }
      for (int p = 0; p < k; p++) {
        aCols[p] = r.nextInt(200);
        bRows[p] = r.nextInt(900 - n);
      }
      float[] dense = new float[m * k];
      float[] denseB = new float[k * n];
      for (int i = 0; i < m; i++) {
        for (int p = 0; p < k; p++) {
          dense[i * k + p] = a[aRows[i] + aCols[p]];
        }
      }
      for (int p = 0; p < k; p++) {
        System.arraycopy(b, bRows[p], denseB, p * n, n);
      }
      float[] c1 = new float[cRows[m - 1] + n];
      float[] c2 = new float[m * n];
      fast.gemm(a, 0, aRows, aCols, b, 0, bRows, c1, 0, cRows, m, n, k, false);
      FloatGemm.scalar().gemm(dense, 0, k, denseB, 0, n, c2, 0, n, m, n, k, false);
      for (int i = 0; i < m; i++) {
        assertThat(java.util.Arrays.copyOfRange(c1, cRows[i], cRows[i] + n))
            .containsExactly(java.util.Arrays.copyOfRange(c2, i * n, (i + 1) * n));
      }
    }
  }

  @Test
  void thePeakProbeCountsItsWork() {
    assertThat(FloatGemm.best().fmaLoopFlops(1000)).isGreaterThanOrEqualTo(16_000);
    assertThat(Kernels.fmaPeakGflops(10_000)).isPositive();
  }

  @Test
  void scalarKernelMatchesTheDefinitionOfTheProduct() {
    Random r = new Random(7);
    int m = 5;
    int n = 7;
    int k = 3;
    float[] a = random(r, m * k);
    float[] b = random(r, k * n);
    float[] c = new float[m * n];
    FloatGemm.scalar().gemm(a, 0, k, b, 0, n, c, 0, n, m, n, k, false);
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        double s = 0;
        for (int p = 0; p < k; p++) {
          s += (double) a[i * k + p] * b[p * n + j];
        }
        assertThat((double) c[i * n + j]).isCloseTo(s, org.assertj.core.data.Offset.offset(1e-5));
      }
    }
  }

  @Test
  void accumulateAddsToWhatIsInCAndLeavesTheRestOfTheArrayAlone() {
    float[] a = {1, 2};
    float[] b = {3, 4};
    float[] c = {10, 20, 99};
    FloatGemm.best().gemm(a, 0, 1, b, 0, 2, c, 0, 2, 1, 2, 1, true);
    assertThat(c).containsExactly(13, 24, 99);
  }
}
