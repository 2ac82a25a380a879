package gradlab.tensor;

/**
 * Stride-1 convolution without padding, with no im2col buffer: the products read the input
 * image in place through row tables ({@link FloatGemm}'s indirect form). For sample s, output
 * row y and kernel tap (ch, i, j), the "column" of im2col is the input row segment
 * x[s][ch][y + i][j … j + W′), which starts at {@code s·CHW + tap[(ch·R + i)·S + j] + y·W}.
 * <ul>
 *   <li>forward: y[s][·][y][·] = W · x-segments, one product per output row;
 *   <li>dWᵀ[tap][·] += Σ_{s,y,x} x[s][tap + y·W + x] · dyᵀ[s][y·W′ + x][·], one product per
 *       few samples, whose k index (s, y, x) goes through a column table of A;
 *   <li>dx-segment(s, y, tap) += Σ_k W[k][tap] · dy[s][k][y][·], one product per output row and
 *       kernel column j (taps with the same j are whole image rows apart, so they never overlap).
 * </ul>
 */
record DirectConv(FloatIm2col g, int k) {
  /** Floats of x and dyᵀ per weight-gradient product: 24 KiB, most of a 32 KiB L1 cache. */
  private static final int DW_CHUNK_FLOATS = 6144;

  private int[] taps() {
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

  private int in() {
    return g.c() * g.h() * g.w();
  }

  /** y [n, K, H′, W′] = conv(x) + b. */
  float[] forward(float[] x, int n, float[] w, float[] b) {
    FloatGemm gemm = FloatGemm.best();
    int crs = g.rows();
    int p = g.positions();
    int[] taps = taps();
    int[] wRows = FloatGemm.strided(k, crs);
    int[] wCols = FloatGemm.strided(crs, 1);
    int[] yRows = FloatGemm.strided(k, p);
    float[] y = new float[n * k * p];
    Parallel.split(n, (part, from, to) -> {
      for (int s = from; s < to; s++) {
        int out = s * k * p;
        for (int ch = 0; ch < k; ch++) {
          java.util.Arrays.fill(y, out + ch * p, out + (ch + 1) * p, b[ch]);
        }
        for (int row = 0; row < g.oh(); row++) {
          gemm.gemm(w, 0, wRows, wCols, x, s * in() + row * g.w(), taps, y, out + row * g.ow(),
              yRows, k, g.ow(), crs, true);
        }
      }
    });
    return y;
  }

  /** {dx or null, dw [K, C·R·S], db [K]}. */
  float[][] backward(float[] x, int n, float[] w, float[] dy, boolean wantDx) {
    FloatGemm gemm = FloatGemm.best();
    int crs = g.rows();
    int p = g.positions();
    int cr = g.c() * g.r();
    int[] taps = taps();
    int[] dyRows = FloatGemm.strided(k, p);
    float[] wt = FloatConv.transpose(w, k, crs);
    // taps grouped by kernel column j, and the rows of Wᵀ that belong to them
    int[][] tapsOfColumn = new int[g.s()][cr];
    int[][] wtRowsOfColumn = new int[g.s()][cr];
    for (int j = 0; j < g.s(); j++) {
      for (int q = 0; q < cr; q++) {
        tapsOfColumn[j][q] = taps[q * g.s() + j];
        wtRowsOfColumn[j][q] = (q * g.s() + j) * k;
      }
    }
    float[] dx = wantDx ? new float[n * in()] : null;
    int[] kCols = FloatGemm.strided(k, 1);
    int[] tapRows = FloatGemm.strided(crs, k);
    // a few samples per weight-gradient product, so that their x and dyᵀ stay in the L1 cache
    int chunk = Math.max(1, DW_CHUNK_FLOATS / (in() + p * k));
    int[] positionCols = new int[chunk * p];
    for (int q = 0; q < chunk * p; q++) {
      int pos = q % p;
      positionCols[q] = q / p * in() + pos / g.ow() * g.w() + pos % g.ow();
    }
    int[] dytRows = FloatGemm.strided(chunk * p, k);
    int parts = Parallel.parts(n);
    float[][] dwPart = new float[parts][];
    float[][] dbPart = new float[parts][];
    Parallel.split(n, (part, from, to) -> {
      float[] dyt = new float[chunk * p * k];
      float[] dwt = new float[crs * k];
      float[] db = new float[k];
      for (int s0 = from; s0 < to; s0 += chunk) {
        int s1 = Math.min(to, s0 + chunk);
        for (int s = s0; s < s1; s++) {
          for (int ch = 0; ch < k; ch++) {
            float sum = 0;
            int at = s * k * p + ch * p;
            int t = (s - s0) * p * k + ch;
            for (int q = 0; q < p; q++) {
              float v = dy[at + q];
              dyt[t + q * k] = v;
              sum += v;
            }
            db[ch] += sum;
          }
          if (wantDx) {
            // kernel column outermost: the next product updates the same rows of dx, whole, not
            // shifted by one float (a shifted reload of a fresh store stalls the core)
            for (int j = 0; j < g.s(); j++) {
              for (int row = 0; row < g.oh(); row++) {
                gemm.gemm(wt, 0, wtRowsOfColumn[j], kCols, dy, s * k * p + row * g.ow(), dyRows,
                    dx, s * in() + row * g.w(), tapsOfColumn[j], cr, g.ow(), k, true);
              }
            }
          }
        }
        gemm.gemm(x, s0 * in(), taps, positionCols, dyt, 0, dytRows, dwt, 0, tapRows, crs, k,
            (s1 - s0) * p, true);
      }
      dwPart[part] = dwt;
      dbPart[part] = db;
    });
    float[][] r = FloatConv.sumParts(dwPart, dbPart, dx);
    r[1] = FloatConv.transpose(r[1], crs, k);
    return r;
  }
}
