package gradlab.tensor;

/**
 * Single-precision matrix products on flat arrays, addressed through row tables so that one kernel
 * serves dense matrices and convolutions without im2col ("indirect GEMM"): C = A·B (or C += A·B)
 * with A[i][p] = {@code a[ao + aRows[i] + aCols[p]]} (or {@code a[ao + aRows[i] + p]} when aCols
 * is null: the fast case), B[p][j] = {@code b[bo + bRows[p] + j]},
 * C[i][j] = {@code c[co + cRows[i] + j]}; i &lt; m, j &lt; n, p &lt; k. Rows of C in the same block
 * of up to 8 consecutive rows must not overlap in memory; rows further apart may (they are updated
 * in order). Only C is mutated. Single-threaded: callers split work across cores themselves.
 *
 * <p>Two implementations: {@link VectorGemm} (register-blocked, {@code jdk.incubator.vector}) when
 * that module is in the boot layer, and {@link ScalarGemm} otherwise. Their {@code gemm} results
 * are bit-identical (same fused multiply–adds in the same order per element).
 */
sealed interface FloatGemm permits VectorGemm, ScalarGemm {

  void gemm(float[] a, int ao, int[] aRows, int[] aCols, float[] b, int bo, int[] bRows,
      float[] c, int co, int[] cRows, int m, int n, int k, boolean accumulate);

  /**
   * C = A·B for {@code rows} output rows of a stride-1 convolution, each n wide, without the
   * columns between them that the wide rows of {@link WideRows} compute and drop:
   * C[i][y·n + j] = Σ_p A[i][p]·B[p][y·bStride + j] for y &lt; rows, j &lt; n, with A[i][p] =
   * {@code a[aRows[i] + p]}, B[p][q] = {@code b[bo + bRows[p] + q]}, C[i][q] =
   * {@code c[cRows[i] + q]}; the same fused multiply–adds in the same order per element as
   * {@link #gemm}. Rows may be computed more than once (with the same result). Mutates c.
   */
  default void gemmRows(float[] a, int[] aRows, float[] b, int bo, int[] bRows, int bStride,
      float[] c, int[] cRows, int m, int n, int rows, int k) {
    for (int y = 0; y < rows; y++) {
      gemm(a, 0, aRows, null, b, bo + y * bStride, bRows, c, y * n, cRows, m, n, k, false);
    }
  }

  /**
   * Whether {@link #gemmRows} has a kernel of its own for rows n wide and m a multiple of 8
   * (faster than the wide rows of {@link WideRows}, whose extra columns it does not compute).
   */
  default boolean hasRowsKernel(int n, int m) {
    return false;
  }

  /**
   * 2×2 max-pooling with bias and ReLU, as {@link FusedConv} needs it: for window j &lt; count,
   * with t = {@code top + map[j]}, x0, x1 = {@code out[t] + bias, out[t + 1] + bias} and x2, x3
   * the same one row of width w further, y[yo + j] = max(max(max(x0, x1), max(x2, x3)), 0) and
   * codes[co + j] = the index of the first xq equal to the maximum (m − xq = ±0), or −1 where
   * y is 0 or NaN. The map lists the windows in any order (a channel's rows of windows one after
   * another, so that a vector never straddles two channels but runs on across rows).
   * Implementations may compute up to {@link #POOL_SLACK} windows more than count (reading map
   * and out and writing y and codes past them), so callers leave that room. Mutates y, codes.
   */
  void poolRelu2(float[] out, int top, int[] map, int w, int count, float bias, float[] y, int yo,
      byte[] codes, int co);

  /** Windows that {@link #poolRelu2} may compute past its count. */
  int POOL_SLACK = 16;

  /**
   * A register-only loop of independent fused multiply–adds, {@code iterations} rounds, for
   * measuring the peak; returns a value that depends on every one so the JIT keeps them.
   */
  float fmaLoop(long iterations);

  /** Floating-point operations of one {@link #fmaLoop} call. */
  double fmaLoopFlops(long iterations);

  /** A short name for reports: "vector-256" or "scalar". */
  String name();

  /** Row-major with leading dimensions: A[i][p] = a[ao + i·lda + p], and so on. */
  default void gemm(float[] a, int ao, int lda, float[] b, int bo, int ldb, float[] c, int co,
      int ldc, int m, int n, int k, boolean accumulate) {
    gemm(a, ao, strided(m, lda), null, b, bo, strided(k, ldb), c, co, strided(m, ldc),
        m, n, k, accumulate);
  }

  /** {0, ld, 2·ld, …}: the row table of a row-major matrix. */
  static int[] strided(int rows, int ld) {
    int[] t = new int[rows];
    for (int i = 0; i < rows; i++) {
      t[i] = i * ld;
    }
    return t;
  }

  /** The fastest implementation this JVM can run. */
  static FloatGemm best() {
    return Holder.BEST;
  }

  /** The plain-Java implementation (the reference in tests and benchmarks). */
  static FloatGemm scalar() {
    return new ScalarGemm();
  }

  /** Loaded on first use, so a JVM without the incubator module never touches its classes. */
  final class Holder {
    private Holder() {}

    static final FloatGemm BEST = load();

    private static FloatGemm load() {
      if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
        return new ScalarGemm();
      }
      try {
        return (FloatGemm) Class.forName("gradlab.tensor.VectorGemm").getDeclaredConstructor()
            .newInstance();
      } catch (ReflectiveOperationException | LinkageError e) {
        return new ScalarGemm();
      }
    }
  }
}
