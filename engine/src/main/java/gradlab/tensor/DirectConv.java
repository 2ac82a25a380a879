package gradlab.tensor;

/**
 * Stride-1 convolution without padding and without an im2col buffer: the products read the input in
 * place through the row and column tables of {@link FloatGemm}. For sample s and kernel tap (ch, i,
 * j), im2col's row is the input read from offset tap = (ch·H + i)·W + j.
 * <ul>
 * <li>forward: y[s] = W · x[s] as one {@link WideRows} product per sample, plus the bias;
 * <li>dWᵀ[tap][·] += Σ_{s,y,x} x[s][tap + y·W + x] · dyᵀ[s][y·W′ + x][·], one product per few
 *     samples, whose k index (s, y, x) goes through the column table of A;
 * <li>dx[s] = col2im(Wᵀ · dy[s]), both in the wide layout. (A "full" correlation of the zero-padded
 *     dy with the flipped kernel avoids the scatter but does 3× the arithmetic for 12×12 inputs and
 *     5×5 kernels: it was measured slower.)
 * </ul>
 */
record DirectConv(FloatIm2col g, int k) {
  /** Floats of x and dyᵀ per weight-gradient product: 24 KiB, most of a 32 KiB L1 cache. */
  private static final int DW_CHUNK_FLOATS = 6144;

  private int in() {
    return g.c() * g.h() * g.w();
  }

  /** y [n, K, H′, W′] = conv(x) + b, one {@link WideRows} product per sample. */
  float[] forward(float[] x, int n, float[] w, float[] b) {
    FloatGemm gemm = FloatGemm.best();
    WideRows wide = new WideRows(g, k);
    float[] y = new float[n * k * g.positions()];
    Parallel.split(n, (part, from, to) -> {
      float[] scratch = new float[wide.scratchSize()];
      float[] out = new float[k * wide.width()];
      for (int s = from; s < to; s++) {
        wide.load(x, s * in(), scratch);
        wide.product(gemm, w, scratch, out);
        wide.store(out, b, y, s * k * g.positions());
      }
    });
    return y;
  }

  /**
   * dx[s] = col2im(Wᵀ · dy[s]) for samples [from, to), in the wide layout of {@link WideRows}:
   * dy[s] is spread to rows of width W with zeros in the columns ≥ W′, so the product
   * D = Wᵀ · dy has zeros there too, and the scatter-add of im2col's adjoint becomes one
   * contiguous run per tap: dx[s][tap + pos] += D[tap][pos]. {@code wt} is Wᵀ [C·R·S, K].
   * Mutates dx.
   */
  private void inputGradient(WideRows wide, float[] wt, Upstream up, float[] dx, int from,
      int to) {
    FloatGemm gemm = FloatGemm.best();
    int[] taps = wide.taps();
    int crs = g.rows();
    int nw = wide.width();
    int run = (g.oh() - 1) * g.w() + g.ow();
    float[] dyWide = new float[k * nw];
    float[] d = new float[crs * nw];
    int[] wtRows = FloatGemm.strided(crs, k);
    int[] dyRows = FloatGemm.strided(k, nw);
    int[] dRows = FloatGemm.strided(crs, nw);
    for (int s = from; s < to; s++) {
      up.wideInto(s, dyWide, nw);
      gemm.gemm(wt, 0, wtRows, null, dyWide, 0, dyRows, d, 0, dRows, crs, nw, k, false);
      for (int t = 0; t < crs; t++) {
        int at = s * in() + taps[t];
        int src = t * nw;
        for (int pos = 0; pos < run; pos++) {
          dx[at + pos] += d[src + pos];
        }
      }
    }
  }

  /** {dx or null, dw [K, C·R·S], db [K]} for upstream gradient dy [n, K, H′, W′]. */
  float[][] backward(float[] x, int n, float[] w, float[] dy, boolean wantDx) {
    return backward(x, n, w, new DenseUpstream(dy, k, g), wantDx);
  }

  /**
   * {dx or null, dw [K, C·R·S], db [K]} for the upstream gradient that {@code up} writes out
   * sample by sample. {@link PooledBackward} runs the same sums, less their zero terms, in the
   * same order: change the order here and there together.
   */
  float[][] backward(float[] x, int n, float[] w, Upstream up, boolean wantDx) {
    FloatGemm gemm = FloatGemm.best();
    int crs = g.rows();
    int p = g.positions();
    WideRows wide = new WideRows(g, k);
    int[] taps = wide.taps();
    float[] dx = wantDx ? new float[n * in()] : null;
    float[] wt = wantDx ? FloatConv.transpose(w, k, crs) : null;
    int[] tapRows = FloatGemm.strided(crs, k);
    // a few samples per weight-gradient product, so that their x and dyᵀ stay in the L1 cache
    int chunk = Math.max(1, DW_CHUNK_FLOATS / (in() + p * k));
    int[] positionCols = new int[chunk * p];
    for (int q = 0; q < chunk * p; q++) {
      int pos = q % p;
      positionCols[q] = q / p * in() + pos / g.ow() * g.w() + pos % g.ow();
    }
    int[] dytRows = FloatGemm.strided(chunk * p, k);
    int blocks = Parallel.blocks(n);
    float[][] dwPart = new float[blocks][];
    float[][] dbPart = new float[blocks][];
    Parallel.split(blocks, (part, firstBlock, endBlock) -> {
      float[] dyt = new float[chunk * p * k];
      for (int blk = firstBlock; blk < endBlock; blk++) {
        int from = blk * Parallel.BLOCK;
        int to = Math.min(n, from + Parallel.BLOCK);
        float[] dwt = new float[crs * k];
        float[] db = new float[k];
        for (int s0 = from; s0 < to; s0 += chunk) {
          int s1 = Math.min(to, s0 + chunk);
          for (int s = s0; s < s1; s++) {
            up.transposedInto(s, dyt, (s - s0) * p * k, db);
          }
          gemm.gemm(x, s0 * in(), taps, positionCols, dyt, 0, dytRows, dwt, 0, tapRows, crs, k,
              (s1 - s0) * p, true);
        }
        if (wantDx) {
          inputGradient(wide, wt, up, dx, from, to);
        }
        dwPart[blk] = dwt;
        dbPart[blk] = db;
      }
    });
    float[][] r = FloatConv.sumParts(dwPart, dbPart, dx);
    r[1] = FloatConv.transpose(r[1], crs, k);
    return r;
  }

  /** The upstream gradient dy [n, K, H′, W′] as the backward pass reads it, one sample at a time. */
  interface Upstream {
    /**
     * dyt[at + q·K + ch] = dy[s][ch][q] for every channel ch and position q &lt; H′·W′, and
     * db[ch] += Σ_q dy[s][ch][q] summed in order of q. Mutates dyt and db.
     */
    void transposedInto(int s, float[] dyt, int at, float[] db);

    /**
     * dyWide[ch·nw + row·W + col] = dy[s][ch][row][col] for col &lt; W′, and 0 at every other
     * index below K·nw, given a buffer that was all zeros at the first call and has been written
     * only by this method since. Mutates dyWide.
     */
    void wideInto(int s, float[] dyWide, int nw);
  }

  /** A dense dy [n, K, H′, W′]. */
  private record DenseUpstream(float[] dy, int k, FloatIm2col g) implements Upstream {
    @Override
    public void transposedInto(int s, float[] dyt, int t0, float[] db) {
      int p = g.positions();
      for (int ch = 0; ch < k; ch++) {
        float sum = 0;
        int at = s * k * p + ch * p;
        int t = t0 + ch;
        for (int q = 0; q < p; q++) {
          float v = dy[at + q];
          dyt[t + q * k] = v;
          sum += v;
        }
        db[ch] += sum;
      }
    }

    @Override
    public void wideInto(int s, float[] dyWide, int nw) {
      int p = g.positions();
      // the columns ≥ W′ and the tail stay as they are: zero from the first call on
      for (int kk = 0; kk < k; kk++) {
        for (int row = 0; row < g.oh(); row++) {
          System.arraycopy(dy, (s * k + kk) * p + row * g.ow(), dyWide, kk * nw + row * g.w(),
              g.ow());
        }
      }
    }
  }
}
