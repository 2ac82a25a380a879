package gradlab.tensor;

/**
 * Single-precision matrix product on row-major arrays with offsets and leading dimensions:
 * C[m×n] = A[m×k]·B[k×n], or C += A·B when {@code accumulate}. A is read at
 * {@code a[ao + i·lda + p]}, B at {@code b[bo + p·ldb + j]}, C at {@code c[co + i·ldc + j]}.
 * Mutates only C. Single-threaded: callers split work across cores themselves.
 *
 * <p>Two implementations with the same arithmetic order per element: {@link VectorGemm}
 * (register-blocked, {@code jdk.incubator.vector}) when that module is in the boot layer, and
 * {@link ScalarGemm} otherwise.
 */
sealed interface FloatGemm permits VectorGemm, ScalarGemm {

  void gemm(float[] a, int ao, int lda, float[] b, int bo, int ldb, float[] c, int co, int ldc,
      int m, int n, int k, boolean accumulate);

  /** A short name for reports: "vector-256" or "scalar". */
  String name();

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
