package gradlab.tensor;

/** {@link FloatGemm} in plain Java: i–p–j loop order, so the inner loop runs along rows of B. */
final class ScalarGemm implements FloatGemm {

  @Override
  public void gemm(float[] a, int ao, int[] aRows, int[] aCols, float[] b, int bo, int[] bRows,
      float[] c, int co, int[] cRows, int m, int n, int k, boolean accumulate) {
    for (int i = 0; i < m; i++) {
      int ci = co + cRows[i];
      int ai = ao + aRows[i];
      if (!accumulate) {
        java.util.Arrays.fill(c, ci, ci + n, 0f);
      }
      for (int p = 0; p < k; p++) {
        float aip = a[ai + (aCols == null ? p : aCols[p])];
        int bp = bo + bRows[p];
        for (int j = 0; j < n; j++) {
          c[ci + j] = Math.fma(aip, b[bp + j], c[ci + j]);
        }
      }
    }
  }

  @Override
  public float fmaLoop(long iterations) {
    float a = 1;
    float b = 2;
    float c = 3;
    float d = 4;
    float e = 5;
    float f = 6;
    float g = 7;
    float h = 8;
    for (long i = 0; i < iterations; i++) {
      a = Math.fma(a, 0.999f, 0.001f);
      b = Math.fma(b, 0.999f, 0.001f);
      c = Math.fma(c, 0.999f, 0.001f);
      d = Math.fma(d, 0.999f, 0.001f);
      e = Math.fma(e, 0.999f, 0.001f);
      f = Math.fma(f, 0.999f, 0.001f);
      g = Math.fma(g, 0.999f, 0.001f);
      h = Math.fma(h, 0.999f, 0.001f);
    }
    return a + b + c + d + e + f + g + h;
  }

  @Override
  public double fmaLoopFlops(long iterations) {
    return 16.0 * iterations;
  }

  @Override
  public String name() {
    return "scalar";
  }
}
