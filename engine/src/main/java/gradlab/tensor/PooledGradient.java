package gradlab.tensor;

/**
 * The two kernels of {@link PooledBackward}: a convolution's weight and input gradients summed
 * over only the positions that 2×2 max-pooling and ReLU route a gradient to, instead of over a
 * full-size upstream that is three-quarters zeros. A kernel row r of the convolution is one
 * (input channel, kernel row) pair: its S taps read S consecutive input values from offset
 * {@code rowOff[r]} of a patch. Each output element gets the same fused multiply–adds, or
 * additions, in the same order as the dense products of {@link DirectConv} with the zeros left
 * out, so the results are theirs bit for bit (for finite inputs and weights: a dense product
 * turns 0·∞ into NaN, a skipped term does not).
 *
 * <p>Two implementations with bit-identical results: {@link VectorPooledGradient} when the
 * {@code jdk.incubator.vector} module is in the boot layer, {@link ScalarPooledGradient}
 * otherwise. Single-threaded; only the arrays named as mutated are written.
 */
sealed interface PooledGradient permits VectorPooledGradient, ScalarPooledGradient {

  /**
   * One output channel's weight gradient over {@code count} terms: for every row r &lt; rows and
   * tap q &lt; s, dw[dwo + r·s + q] = fma(x[at[t] + rowOff[r] + q], v[t], dw[dwo + r·s + q])
   * for t = 0, 1, … count − 1 in that order. Mutates dw.
   */
  void weightGradient(float[] x, int[] at, float[] v, int count, int[] rowOff, int rows, int s,
      float[] dw, int dwo);

  /**
   * The input gradient of one patch, from the channels routed to it: dcol[t] = the fused
   * multiply–adds of w[chans[j]·crs + t]·vals[j] for j = from … from + count − 1 in order,
   * starting from 0, for t &lt; crs = rows·s; then dx[dxo + rowOff[r] + q] += dcol[r·s + q] for
   * rows r in increasing order. dcol holds at least crs + {@link #SLACK} floats (a kernel may
   * read past crs). Elements of dx below {@code dxEnd} past a row's S may be
   * rewritten with their own value (dx + 0: dx must not hold −0 there), so nothing else may
   * write them meanwhile. Mutates dcol and dx.
   */
  void inputGradient(float[] w, int[] chans, float[] vals, int from, int count, float[] dcol,
      int[] rowOff, int rows, int s, float[] dx, int dxo, int dxEnd);

  /** Floats past crs that {@link #inputGradient}'s dcol must hold. */
  int SLACK = 16;

  /** The fastest implementation this JVM can run. */
  static PooledGradient best() {
    return Holder.BEST;
  }

  /** The plain-Java implementation (the reference in tests). */
  static PooledGradient scalar() {
    return new ScalarPooledGradient();
  }

  /** Loaded on first use, so a JVM without the incubator module never touches its classes. */
  final class Holder {
    private Holder() {}

    static final PooledGradient BEST = load();

    private static PooledGradient load() {
      if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
        return new ScalarPooledGradient();
      }
      try {
        return (PooledGradient) Class.forName("gradlab.tensor.VectorPooledGradient")
            .getDeclaredConstructor().newInstance();
      } catch (ReflectiveOperationException | LinkageError e) {
        return new ScalarPooledGradient();
      }
    }
  }
}
