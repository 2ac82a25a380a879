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
  public String name() {
    return "scalar";
  }
}
