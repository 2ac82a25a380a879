package gradlab.tensor;

import java.util.Arrays;

/**
 * Float32 stride-1 unpadded convolution, 2×2 max-pooling and ReLU in one pass per sample, and
 * the backward pass of all three. The convolution's output never exists at full size: each
 * sample's {@link WideRows} product stays in a per-core scratch buffer, and the pooled, rectified
 * values and the {@link PoolRoutes} codes are written straight from it. The backward pass hands
 * {@link DirectConv} an upstream gradient that expands the pooled one on the fly, so weight,
 * bias and input gradients come out of the same kernels, with the same sums in the same order,
 * as conv2d → maxPool2d → relu run one after another: the results are bit for bit those of the
 * composition (for finite values; a NaN window passes no gradient here). Inputs are not
 * modified.
 */
final class FusedConv {
  private FusedConv() {}

  /** Whether the fused kernel covers this geometry: stride 1, no padding, even H′ and W′. */
  static boolean covers(FloatIm2col g, int window) {
    return window == 2 && g.stride() == 1 && g.pad() == 0 && g.oh() % 2 == 0
        && g.ow() % 2 == 0;
  }

  /**
   * y [n, K, H′/2, W′/2] = relu(maxpool(conv(x) + b)); writes each output's route to
   * {@code codes} (same layout as y). Mutates codes.
   */
  static float[] forward(float[] x, int n, FloatIm2col g, float[] w, float[] b, int k,
      byte[] codes) {
    FloatGemm gemm = FloatGemm.best();
    WideRows wide = new WideRows(g, k);
    int in = g.c() * g.h() * g.w();
    int pooled = (g.oh() / 2) * (g.ow() / 2);
    float[] y = new float[n * k * pooled];
    Parallel.split(n, (part, from, to) -> {
      float[] scratch = new float[wide.scratchSize()];
      // slack for the pooling kernel's reads past the last window of the last row
      float[] out = new float[k * wide.width() + 2 * g.w() + 2 * FloatGemm.POOL_SLACK];
      float[] rowY = new float[g.ow() / 2 + FloatGemm.POOL_SLACK];
      byte[] rowCodes = new byte[rowY.length];
      for (int s = from; s < to; s++) {
        wide.load(x, s * in, scratch);
        wide.product(gemm, w, scratch, out);
        poolRelu(gemm, g, k, wide.width(), out, b, y, codes, s * k * pooled, rowY, rowCodes);
      }
    });
    return y;
  }

  /**
   * Pools one sample's wide product row by row with {@link FloatGemm#poolRelu2}: bias added to
   * each value first (as conv2d stores them), then FloatPool's maximum and Kernels.relu. The
   * rows go through {@code rowY} and {@code rowCodes} (room for the kernel's slack) and are
   * copied out, so the slack never touches another sample's output.
   */
  private static void poolRelu(FloatGemm gemm, FloatIm2col g, int k, int nw, float[] out,
      float[] b, float[] y, byte[] codes, int at, float[] rowY, byte[] rowCodes) {
    int w = g.w();
    int ph = g.oh() / 2;
    int pw = g.ow() / 2;
    for (int ch = 0; ch < k; ch++) {
      for (int i = 0; i < ph; i++) {
        int o = at + (ch * ph + i) * pw;
        gemm.poolRelu2(out, ch * nw + 2 * i * w, w, pw, b[ch], rowY, 0, rowCodes, 0);
        System.arraycopy(rowY, 0, y, o, pw);
        System.arraycopy(rowCodes, 0, codes, o, pw);
      }
    }
  }

  /** {dx or null, dw, db} for the upstream gradient dy of the pooled output. */
  static float[][] backward(float[] x, int n, FloatIm2col g, float[] w, int k, float[] dy,
      byte[] codes, boolean wantDx) {
    return new DirectConv(g, k).backward(x, n, w, new Pooled(dy, codes, k, g), wantDx);
  }

  /**
   * The gradient of the convolution's output, expanded from that of the pooled one: each open
   * window's upstream value at its route, zeros elsewhere.
   */
  private record Pooled(float[] dy, byte[] codes, int k, FloatIm2col g)
      implements DirectConv.Upstream {
    @Override
    public void transposedInto(int s, float[] dyt, int t0, float[] db) {
      int ow = g.ow();
      int ph = g.oh() / 2;
      int pw = g.ow() / 2;
      int plane = ph * pw;
      Arrays.fill(dyt, t0, t0 + g.positions() * k, 0f);
      float[] sum = new float[k];
      // row-major order of the routed positions (top rows of the windows first), as the dense
      // sum over positions meets them; the others add nothing. Channels innermost: their sums
      // are independent chains, so they overlap instead of waiting on each other.
      for (int i = 0; i < ph; i++) {
        for (int half = 0; half < 2; half++) {
          int row = (2 * i + half) * ow;
          for (int j = 0; j < pw; j++) {
            int at = s * k * plane + i * pw + j;
            int q = t0 + (row + 2 * j) * k;
            for (int ch = 0; ch < k; ch++) {
              int c = codes[at + ch * plane];
              float v = (c >> 1) == half ? dy[at + ch * plane] : 0f;
              // a miss writes 0 where no route is
              dyt[q + (c & 1) * k + ch] = v;
              sum[ch] += v;
            }
          }
        }
      }
      for (int ch = 0; ch < k; ch++) {
        db[ch] += sum[ch];
      }
    }

    @Override
    public void wideInto(int s, float[] dyWide, int nw) {
      int w = g.w();
      int ph = g.oh() / 2;
      int pw = g.ow() / 2;
      for (int ch = 0; ch < k; ch++) {
        int base = (s * k + ch) * ph * pw;
        for (int i = 0; i < ph; i++) {
          int top = ch * nw + 2 * i * w;
          Arrays.fill(dyWide, top, top + g.ow(), 0f);
          Arrays.fill(dyWide, top + w, top + w + g.ow(), 0f);
          for (int j = 0; j < pw; j++) {
            int c = codes[base + i * pw + j];
            float v = c >= 0 ? dy[base + i * pw + j] : 0f;
            int q = c & 3; // −1 → 3: the window's own last element, written with 0
            dyWide[top + (q >> 1) * w + 2 * j + (q & 1)] = v;
          }
        }
      }
    }
  }
}
