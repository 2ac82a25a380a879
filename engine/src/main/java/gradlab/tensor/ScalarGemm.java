package gradlab.tensor;

/** {@link FloatGemm} in plain Java: i–p–j loop order, so the inner loop runs along rows of B. */
final class ScalarGemm implements FloatGemm {

  @Override
  public void gemm(float[] a, int ao, int lda, float[] b, int bo, int ldb, float[] c, int co,
      int ldc, int m, int n, int k, boolean accumulate) {
    for (int i = 0; i < m; i++) {
      int ci = co + i * ldc;
      if (!accumulate) {
        java.util.Arrays.fill(c, ci, ci + n, 0f);
      }
      for (int p = 0; p < k; p++) {
        float aip = a[ao + i * lda + p];
        int bp = bo + p * ldb;
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
