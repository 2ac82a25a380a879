package gradlab.tensor;

/**
 * The backward pass of {@link FusedConv}: weight, bias and input gradients of a stride-1,
 * unpadded convolution followed by 2×2 max-pooling and ReLU, from the pooled gradient and the
 * {@link PoolRoutes} codes, without expanding the pooled gradient to the convolution's size.
 * Each open window contributes one term, at the position its code names:
 * <ul>
 * <li>dw[ch] = Σ over the block's samples and the routed positions (in row-major order of the
 *     convolution's output, as the dense sum meets them) of dy · the input patch there, by
 *     {@link PooledGradient#weightGradient}; blocks of {@link Parallel#BLOCK} samples are summed
 *     in order, as {@link DirectConv} does;
 * <li>db[ch] = the same terms' dy, summed per sample and then over samples;
 * <li>dx[s] = the adjoint of im2col of Wᵀ·dy, one patch per routed position, the positions in
 *     decreasing order, so each element of dx receives its contributions in the increasing tap
 *     order of {@link DirectConv}'s scatter-add.
 * </ul>
 * The results are therefore bit for bit those of {@link DirectConv} on the expanded gradient
 * (for finite values), on any number of cores. Inputs are not modified.
 */
final class PooledBackward {
  private PooledBackward() {}

  /** {dx or null, dw [K, C·R·S], db [K]} for the pooled gradient dy [n, K, H′/2, W′/2]. */
  static float[][] backward(float[] x, int n, FloatIm2col g, float[] w, int k, float[] dy,
      byte[] codes, boolean wantDx) {
    PooledGradient kernel = PooledGradient.best();
    int in = g.c() * g.h() * g.w();
    int crs = g.rows();
    int rows = g.c() * g.r();
    int[] rowOff = new int[rows];
    for (int r = 0; r < rows; r++) {
      rowOff[r] = (r / g.r() * g.h() + r % g.r()) * g.w();
    }
    int plane = (g.oh() / 2) * (g.ow() / 2);
    float[] dx = wantDx ? new float[n * in] : null;
    int blocks = Parallel.blocks(n);
    float[][] dwPart = new float[blocks][];
    float[][] dbPart = new float[blocks][];
    Parallel.split(blocks, (part, firstBlock, endBlock) -> {
      int[] at = new int[Parallel.BLOCK * plane];
      float[] v = new float[Parallel.BLOCK * plane];
      Routed routed = wantDx ? new Routed(g, k) : null;
      float[] dcol = wantDx ? new float[crs] : null;
      for (int blk = firstBlock; blk < endBlock; blk++) {
        int from = blk * Parallel.BLOCK;
        int to = Math.min(n, from + Parallel.BLOCK);
        float[] dw = new float[k * crs];
        float[] db = new float[k];
        for (int ch = 0; ch < k; ch++) {
          int count = 0;
          for (int s = from; s < to; s++) {
            count = terms(g, k, in, dy, codes, s, ch, at, v, count, db);
          }
          kernel.weightGradient(x, at, v, count, rowOff, rows, g.s(), dw, ch * crs);
        }
        if (wantDx) {
          for (int s = from; s < to; s++) {
            routed.collect(dy, codes, s);
            for (int p = g.oh() * g.ow() - 1; p >= 0; p--) {
              if (routed.count[p] > 0) {
                kernel.inputGradient(w, routed.chans, routed.vals, p * k, routed.count[p], dcol,
                    rowOff, rows, g.s(), dx, s * in + p / g.ow() * g.w() + p % g.ow());
              }
            }
          }
        }
        dwPart[blk] = dw;
        dbPart[blk] = db;
      }
    });
    return FloatConv.sumParts(dwPart, dbPart, dx);
  }

  /**
   * Appends sample s's terms for channel ch from index {@code count} on: the input offset of
   * each open window's routed patch and its gradient, in row-major order of the routed
   * positions (the top rows of a row of windows first); adds their sum to db[ch]. Returns the
   * new count. Mutates at, v and db.
   */
  private static int terms(FloatIm2col g, int k, int in, float[] dy, byte[] codes, int s,
      int ch, int[] at, float[] v, int count, float[] db) {
    int pw = g.ow() / 2;
    int ph = g.oh() / 2;
    int base = (s * k + ch) * ph * pw;
    float sum = 0;
    for (int i = 0; i < ph; i++) {
      for (int half = 0; half < 2; half++) {
        int row = s * in + (2 * i + half) * g.w();
        for (int j = 0; j < pw; j++) {
          int c = codes[base + i * pw + j];
          if (c >> 1 == half) { // a shut window (−1) matches neither half
            float d = dy[base + i * pw + j];
            at[count] = row + 2 * j + (c & 1);
            v[count++] = d;
            sum += d;
          }
        }
      }
    }
    db[ch] += sum;
    return count;
  }

  /** One sample's routed channels per output position, channels in increasing order. */
  private static final class Routed {
    private final FloatIm2col g;
    private final int k;
    final int[] count;
    final int[] chans;
    final float[] vals;

    Routed(FloatIm2col g, int k) {
      this.g = g;
      this.k = k;
      this.count = new int[g.oh() * g.ow()];
      this.chans = new int[g.oh() * g.ow() * k];
      this.vals = new float[chans.length];
    }

    /** Lists, for each position p, the channels routed there at chans[p·K …]. Mutates this. */
    void collect(float[] dy, byte[] codes, int s) {
      java.util.Arrays.fill(count, 0);
      int pw = g.ow() / 2;
      int ph = g.oh() / 2;
      for (int ch = 0; ch < k; ch++) {
        int base = (s * k + ch) * ph * pw;
        for (int i = 0; i < ph; i++) {
          for (int j = 0; j < pw; j++) {
            int c = codes[base + i * pw + j];
            if (c >= 0) {
              int p = (2 * i + (c >> 1)) * g.ow() + 2 * j + (c & 1);
              int slot = p * k + count[p]++;
              chans[slot] = ch;
              vals[slot] = dy[base + i * pw + j];
            }
          }
        }
      }
    }
  }
}
