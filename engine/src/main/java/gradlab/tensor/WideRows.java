package gradlab.tensor;

/**
 * One sample of a stride-1, unpadded convolution as a single wide product (or, where the GEMM
 * has a kernel for its output rows, {@link FloatGemm#hasRowsKernel}, as exact rows: see
 * {@link #WideRows(FloatIm2col, int, boolean)}). Output pixel
 * (row, col) is computed at position {@code row·W + col} of a row of width W (the input's), so a
 * tap's input values for all outputs form one contiguous run: out[K × n] = Wm[K × C·R·S] · B with
 * B[tap][pos] = in[tap offset + pos]. The positions with col ≥ W′ are computed and discarded
 * (16 % extra work for 28×28 inputs and 5×5 kernels, 44 % for 12×12), which buys full-width
 * register blocks. n is rounded up to whole vectors, so the input is read up to n − 1 floats past
 * the last tap; {@link #load} puts each sample in a scratch buffer with that slack.
 */
final class WideRows {
  private final FloatIm2col g;
  private final int k;
  private final int[] taps;
  private final int[] weightRows;
  private final int[] outRows;
  private final boolean exact;

  /** For geometry g and k output channels; the address tables are built once, here. */
  WideRows(FloatIm2col g, int k) {
    this(g, k, false);
  }

  /**
   * With {@code exact}, output pixel (row, col) is at {@code row·W′ + col} instead: only the
   * W′ columns of each row are computed, by {@link FloatGemm#gemmRows} (for 12×12 inputs and
   * 5×5 kernels a third of the wide product's work is not done at all, for 28×28 a seventh).
   */
  WideRows(FloatIm2col g, int k, boolean exact) {
    this.g = g;
    this.k = k;
    this.exact = exact;
    this.taps = buildTaps(g);
    this.weightRows = FloatGemm.strided(k, g.rows());
    this.outRows = FloatGemm.strided(k, width());
  }

  FloatIm2col g() {
    return g;
  }

  /**
   * Computed positions per output channel: (H′ − 1)·W + W′, rounded up to a multiple of 16
   * (H′·W′ for exact rows).
   */
  int width() {
    if (exact) {
      return g.oh() * g.ow();
    }
    int n = (g.oh() - 1) * g.w() + g.ow();
    return (n + 15) / 16 * 16;
  }

  /** Floats from one output row to the next in {@link #product}'s out: W, or W′ when exact. */
  int rowStride() {
    return exact ? g.ow() : g.w();
  }

  /** Floats a scratch input buffer needs. */
  int scratchSize() {
    return g.c() * g.h() * g.w() + width();
  }

  /** The input offset of each kernel tap (ch, i, j): (ch·H + i)·W + j. Shared, do not modify. */
  int[] taps() {
    return taps;
  }

  private static int[] buildTaps(FloatIm2col g) {
    int[] t = new int[g.rows()];
    for (int ch = 0; ch < g.c(); ch++) {
      for (int i = 0; i < g.r(); i++) {
        for (int j = 0; j < g.s(); j++) {
          t[(ch * g.r() + i) * g.s() + j] = (ch * g.h() + i) * g.w() + j;
        }
      }
    }
    return t;
  }

  /** Copies one sample (C·H·W floats at {@code from}) into scratch. Mutates scratch only. */
  void load(float[] src, int from, float[] scratch) {
    System.arraycopy(src, from, scratch, 0, g.c() * g.h() * g.w());
  }

  /** out[K × width()] = wm · B(scratch). Mutates out only. */
  void product(FloatGemm gemm, float[] wm, float[] scratch, float[] out) {
    if (exact) {
      gemm.gemmRows(wm, weightRows, scratch, 0, taps, g.w(), out, outRows, k, g.ow(), g.oh(),
          g.rows());
      return;
    }
    gemm.gemm(wm, 0, weightRows, null, scratch, 0, taps, out, 0, outRows, k, width(), g.rows(),
        false);
  }

  /**
   * dst[at + ch·H′·W′ + row·W′ + col] = out[ch·width() + row·W + col] + bias[ch] (bias may be
   * null). Mutates dst.
   */
  void store(float[] out, float[] bias, float[] dst, int at) {
    int n = width();
    for (int ch = 0; ch < k; ch++) {
      float b = bias == null ? 0f : bias[ch];
      for (int row = 0; row < g.oh(); row++) {
        int src = ch * n + row * rowStride();
        int d = at + (ch * g.oh() + row) * g.ow();
        for (int col = 0; col < g.ow(); col++) {
          dst[d + col] = out[src + col] + b;
        }
      }
    }
  }
}
