package gradlab.tensor;

/**
 * C = A·B in float32 for A [m, k] and B [k, n], row-major, on every core. Small products (under
 * a million multiply–adds) run in one {@link FloatGemm} call. Larger ones split the rows of C into
 * one band per core, and each band runs over k in slices of {@link #K_SLICE}, so that the slice
 * of A it re-reads for every 16-column panel of B stays in the L2 cache. Summation order per
 * element is fixed (slice by slice), whatever the number of cores. Inputs are not modified.
 */
final class FloatMatmul {
  /** Depth of one slice of k: B's 16-column panel is then 16 KiB, and a band's A slice fits L2. */
  static final int K_SLICE = 256;
  private static final long SMALL = 1L << 20;

  private FloatMatmul() {}

  /**
   * C = Aᵀ·B for A stored as [k, m]: small products read A through a column table (no copy),
   * larger ones transpose it and run {@link #multiply}. Same sums in the same order either way.
   */
  static float[] multiplyTransposedA(float[] a, float[] b, int m, int n, int k) {
    if ((long) m * n * k >= SMALL) {
      return multiply(FloatConv.transpose(a, k, m), b, m, n, k);
    }
    float[] c = new float[m * n];
    FloatGemm.best().gemm(a, 0, FloatGemm.strided(m, 1), FloatGemm.strided(k, m), b, 0,
        FloatGemm.strided(k, n), c, 0, FloatGemm.strided(m, n), m, n, k, false);
    return c;
  }

  static float[] multiply(float[] a, float[] b, int m, int n, int k) {
    FloatGemm gemm = FloatGemm.best();
    float[] c = new float[m * n];
    if ((long) m * n * k < SMALL) {
      gemm.gemm(a, 0, k, b, 0, n, c, 0, n, m, n, k, false);
      return c;
    }
    int bands = (m + 3) / 4;
    Parallel.split(bands, (part, from, to) -> {
      int r0 = 4 * from;
      int rows = Math.min(m, 4 * to) - r0;
      int[] aRows = FloatGemm.strided(rows, k);
      int[] cRows = FloatGemm.strided(rows, n);
      for (int p0 = 0; p0 < k; p0 += K_SLICE) {
        int depth = Math.min(K_SLICE, k - p0);
        gemm.gemm(a, r0 * k + p0, aRows, null, b, p0 * n, FloatGemm.strided(depth, n), c,
            r0 * n, cRows, rows, n, depth, p0 > 0);
      }
    });
    return c;
  }
}
