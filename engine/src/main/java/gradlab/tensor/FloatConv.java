package gradlab.tensor;

/**
 * Float32 convolution over an NCHW batch. Stride 1 without padding goes to {@link DirectConv};
 * other geometries take the general route described here: one contiguous range of samples per core,
 * through im2col and {@link FloatGemm}. Per sample s, with cols = im2col(x[s]) of shape [C·R·S, P]
 * (P = H'·W' output positions) and W viewed as [K, C·R·S]:
 * <ul>
 * <li>forward: y[s] = W·cols + b, written straight into the NCHW output;
 * <li>backward: Wᵀ_grad += cols·dy[s]ᵀ, db += Σ_p dy[s], dx[s] = col2im(Wᵀ·dy[s]).
 * </ul> Scratch buffers are allocated once per range of samples, not per sample; the weight
 * gradient is accumulated per block of {@link Parallel#BLOCK} samples and the blocks are summed in
 * order, so results do not depend on the number of cores. Inputs are never modified.
 */
final class FloatConv {
  private FloatConv() {}

  static float[] forward(float[] x, int n, FloatIm2col g, float[] w, float[] b, int k) {
    if (g.stride() == 1 && g.pad() == 0) {
      return new DirectConv(g, k).forward(x, n, w, b);
    }
    FloatGemm gemm = FloatGemm.best();
    int crs = g.rows();
    int p = g.positions();
    int in = g.c() * g.h() * g.w();
    float[] y = new float[n * k * p];
    int[] wRows = FloatGemm.strided(k, crs);
    int[] colRows = FloatGemm.strided(crs, p);
    int[] yRows = FloatGemm.strided(k, p);
    Parallel.split(n, (part, from, to) -> {
      float[] cols = new float[crs * p];
      for (int s = from; s < to; s++) {
        int out = s * k * p;
        for (int ch = 0; ch < k; ch++) {
          java.util.Arrays.fill(y, out + ch * p, out + (ch + 1) * p, b[ch]);
        }
        g.im2colInPlace(x, s * in, cols);
        gemm.gemm(w, 0, wRows, null, cols, 0, colRows, y, out, yRows, k, p, crs, true);
      }
    });
    return y;
  }

  /** {dx (null unless wanted), dw [K, C·R·S], db [K]} for upstream gradient dy [N, K, P]. */
  static float[][] backward(float[] x, int n, FloatIm2col g, float[] w, int k, float[] dy,
      boolean wantDx) {
    if (g.stride() == 1 && g.pad() == 0) {
      return new DirectConv(g, k).backward(x, n, w, dy, wantDx);
    }
    FloatGemm gemm = FloatGemm.best();
    int crs = g.rows();
    int p = g.positions();
    int in = g.c() * g.h() * g.w();
    float[] wt = transpose(w, k, crs);
    float[] dx = wantDx ? new float[n * in] : null;
    int[] colRows = FloatGemm.strided(crs, p);
    int[] dytRows = FloatGemm.strided(p, k);
    int[] dwtRows = FloatGemm.strided(crs, k);
    int[] wtRows = FloatGemm.strided(crs, k);
    int[] dyRows = FloatGemm.strided(k, p);
    int[] dcolRows = FloatGemm.strided(crs, p);
    int blocks = Parallel.blocks(n);
    float[][] dwtPart = new float[blocks][];
    float[][] dbPart = new float[blocks][];
    Parallel.split(blocks, (part, firstBlock, endBlock) -> {
      float[] cols = new float[crs * p];
      float[] dyt = new float[p * k];
      float[] dcols = wantDx ? new float[crs * p] : null;
      for (int blk = firstBlock; blk < endBlock; blk++) {
        float[] dwt = new float[crs * k];
        float[] db = new float[k];
        int to = Math.min(n, (blk + 1) * Parallel.BLOCK);
        for (int s = blk * Parallel.BLOCK; s < to; s++) {
          int at = s * k * p;
          for (int ch = 0; ch < k; ch++) {
            float sum = 0;
            for (int q = 0; q < p; q++) {
              float v = dy[at + ch * p + q];
              dyt[q * k + ch] = v;
              sum += v;
            }
            db[ch] += sum;
          }
          g.im2colInPlace(x, s * in, cols);
          gemm.gemm(cols, 0, colRows, null, dyt, 0, dytRows, dwt, 0, dwtRows, crs, k, p, true);
          if (wantDx) {
            gemm.gemm(wt, 0, wtRows, null, dy, at, dyRows, dcols, 0, dcolRows, crs, p, k, false);
            g.col2imAddInPlace(dcols, dx, s * in);
          }
        }
        dwtPart[blk] = dwt;
        dbPart[blk] = db;
      }
    });
    float[][] r = sumParts(dwtPart, dbPart, dx);
    r[1] = transpose(r[1], crs, k);
    return r;
  }

  /**
   * {dx, Σ dw parts, Σ db parts}, summed in block order into the first block: the same sums
   * whatever the number of cores.
   */
  static float[][] sumParts(float[][] dwPart, float[][] dbPart, float[] dx) {
    float[] dw = dwPart[0];
    float[] db = dbPart[0];
    for (int q = 1; q < dwPart.length; q++) {
      for (int i = 0; i < dw.length; i++) {
        dw[i] += dwPart[q][i];
      }
      for (int i = 0; i < db.length; i++) {
        db[i] += dbPart[q][i];
      }
    }
    return new float[][] {dx, dw, db};
  }

  /** The transpose of a row-major [rows, cols] matrix. */
  static float[] transpose(float[] a, int rows, int cols) {
    float[] t = new float[a.length];
    // in tiles of 16 × 16, so that the 16 rows of t being written stay in L1 (row by row, a
    // [64, 256] transpose wrote 256 lines per row of a and took 35 µs)
    for (int i0 = 0; i0 < rows; i0 += 16) {
      int i1 = Math.min(rows, i0 + 16);
      for (int j0 = 0; j0 < cols; j0 += 16) {
        int j1 = Math.min(cols, j0 + 16);
        for (int i = i0; i < i1; i++) {
          for (int j = j0; j < j1; j++) {
            t[j * rows + i] = a[i * cols + j];
          }
        }
      }
    }
    return t;
  }
}
