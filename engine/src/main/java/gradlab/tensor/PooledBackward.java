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
      // + 1: each window writes one slot past the last term
      int[] at = new int[Parallel.BLOCK * plane + 1];
      float[] v = new float[at.length];
      int[] bottomAt = new int[g.ow() / 2];
      float[] bottomV = new float[bottomAt.length];
      Routed routed = wantDx ? new Routed(g, k) : null;
      float[] dcol = wantDx ? new float[crs + PooledGradient.SLACK] : null;
      for (int blk = firstBlock; blk < endBlock; blk++) {
        int from = blk * Parallel.BLOCK;
        int to = Math.min(n, from + Parallel.BLOCK);
        float[] dw = new float[k * crs];
        float[] db = new float[k];
        for (int ch = 0; ch < k; ch++) {
          int count = 0;
          for (int s = from; s < to; s++) {
            count = terms(g, k, in, dy, codes, s, ch, at, v, count, db, bottomAt, bottomV);
          }
          kernel.weightGradient(x, at, v, count, rowOff, rows, g.s(), dw, ch * crs);
        }
        if (wantDx) {
          for (int s = from; s < to; s++) {
            routed.collect(dy, codes, s);
            for (int p = g.oh() * g.ow() - 1; p >= 0; p--) {
              if (routed.count[p] > 0) {
                int patch = s * in + p / g.ow() * g.w() + p % g.ow();
                kernel.inputGradient(w, routed.chans, routed.vals, p * k, routed.count[p], dcol,
                    rowOff, rows, g.s(), dx, patch, (s + 1) * in);
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
   * positions (per row of windows, the routes to its top row, then those to its bottom row);
   * adds their sum, in that order, to db[ch]. Returns the new count. Without branches on the
   * codes (they mispredict on image data): every window writes both lists and advances one of
   * them by its hit (1 or 0). Mutates at, v, db and the scratch lists bottomAt and bottomV.
   */
  private static int terms(FloatIm2col g, int k, int in, float[] dy, byte[] codes, int s,
      int ch, int[] at, float[] v, int count, float[] db, int[] bottomAt, float[] bottomV) {
    int pw = g.ow() / 2;
    int ph = g.oh() / 2;
    int base = (s * k + ch) * ph * pw;
    int first = count;
    for (int i = 0; i < ph; i++) {
      int top = s * in + 2 * i * g.w();
      int bottoms = 0;
      for (int j = 0; j < pw; j++) {
        int c = codes[base + i * pw + j];
        float d = dy[base + i * pw + j];
        int off = top + 2 * j + (c & 1);
        at[count] = off;
        v[count] = d;
        int bottom = (c + 2) >> 2; // 1 for codes 2 and 3, else 0
        count += (~c >>> 31) - bottom; // 1 for codes 0 and 1; a shut window (−1) is neither
        bottomAt[bottoms] = off + g.w();
        bottomV[bottoms] = d;
        bottoms += bottom;
      }
      System.arraycopy(bottomAt, 0, at, count, bottoms);
      System.arraycopy(bottomV, 0, v, count, bottoms);
      count += bottoms;
    }
    float sum = 0;
    for (int t = first; t < count; t++) {
      sum += v[t];
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
