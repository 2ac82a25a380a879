package gradlab.tensor;

/**
 * Float32 stride-1 unpadded convolution, 2×2 max-pooling and ReLU in one pass per sample, and
 * the backward pass of all three. The convolution's output never exists at full size: each
 * sample's {@link WideRows} product stays in a per-core scratch buffer, and the pooled, rectified
 * values and the {@link PoolRoutes} codes are written straight from it. The backward pass
 * ({@link PooledBackward}) sums only over the positions the codes route a gradient to, with the
 * sums of the dense kernels in the same order less their zero terms, so values and gradients
 * are bit for bit those of conv2d → maxPool2d → relu run one after another (for finite values;
 * a NaN window passes no gradient here). Inputs are not modified.
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
    WideRows wide = new WideRows(g, k, gemm.hasRowsKernel(g.ow(), k));
    int in = g.c() * g.h() * g.w();
    int pooled = (g.oh() / 2) * (g.ow() / 2);
    float[] y = new float[n * k * pooled];
    Parallel.split(n, (part, from, to) -> {
      float[] scratch = new float[wide.scratchSize()];
      // slack for the pooling kernel's reads past the last window of the last row
      float[] out = new float[k * wide.width() + 2 * wide.rowStride()
          + 2 * FloatGemm.POOL_SLACK];
      float[] rowY = new float[g.ow() / 2 + FloatGemm.POOL_SLACK];
      byte[] rowCodes = new byte[rowY.length];
      for (int s = from; s < to; s++) {
        wide.load(x, s * in, scratch);
        wide.product(gemm, w, scratch, out);
        poolRelu(gemm, g, k, wide, out, b, y, codes, s * k * pooled, rowY, rowCodes);
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
  private static void poolRelu(FloatGemm gemm, FloatIm2col g, int k, WideRows wide,
      float[] out, float[] b, float[] y, byte[] codes, int at, float[] rowY, byte[] rowCodes) {
    int nw = wide.width();
    int w = wide.rowStride();
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
    return PooledBackward.backward(x, n, g, w, k, dy, codes, wantDx);
  }
}
