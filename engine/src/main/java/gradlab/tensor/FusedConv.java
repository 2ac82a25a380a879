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
    int[] map = windows(g, wide.rowStride());
    Parallel.split(n, (part, from, to) -> {
      float[] scratch = new float[wide.scratchSize()];
      // slack for the pooling kernel's reads past the last window of the last row
      float[] out = new float[k * wide.width() + 2 * wide.rowStride()
          + 2 * FloatGemm.POOL_SLACK];
      float[] planeY = new float[pooled + FloatGemm.POOL_SLACK];
      byte[] planeCodes = new byte[planeY.length];
      for (int s = from; s < to; s++) {
        wide.load(x, s * in, scratch);
        wide.product(gemm, w, scratch, out);
        poolRelu(gemm, k, wide, map, pooled, out, b, y, codes, s * k * pooled, planeY,
            planeCodes);
      }
    });
    return y;
  }

  /**
   * The offset of each 2×2 window's top-left element in a channel of the product (rows
   * {@code stride} apart), windows in row-major order, then {@link FloatGemm#POOL_SLACK} zeros:
   * one channel's windows run on across its rows, so no vector is left part-empty at the end of
   * each row (a 12-window row took two vectors of 8).
   */
  private static int[] windows(FloatIm2col g, int stride) {
    int pw = g.ow() / 2;
    int count = (g.oh() / 2) * pw;
    int[] map = new int[count + FloatGemm.POOL_SLACK];
    for (int j = 0; j < count; j++) {
      map[j] = 2 * (j / pw) * stride + 2 * (j % pw);
    }
    return map;
  }

  /**
   * Pools one sample's product channel by channel with {@link FloatGemm#poolRelu2}: bias added to
   * each value first (as conv2d stores them), then FloatPool's maximum and Kernels.relu. Each
   * channel goes through {@code planeY} and {@code planeCodes} (room for the kernel's slack) and
   * is copied out, so the slack never touches another sample's output.
   */
  private static void poolRelu(FloatGemm gemm, int k, WideRows wide, int[] map, int pooled,
      float[] out, float[] b, float[] y, byte[] codes, int at, float[] planeY,
      byte[] planeCodes) {
    int nw = wide.width();
    int w = wide.rowStride();
    for (int ch = 0; ch < k; ch++) {
      int o = at + ch * pooled;
      gemm.poolRelu2(out, ch * nw, map, w, pooled, b[ch], planeY, 0, planeCodes, 0);
      System.arraycopy(planeY, 0, y, o, pooled);
      System.arraycopy(planeCodes, 0, codes, o, pooled);
    }
  }

  /** {dx or null, dw, db} for the upstream gradient dy of the pooled output. */
  static float[][] backward(float[] x, int n, FloatIm2col g, float[] w, int k, float[] dy,
      byte[] codes, boolean wantDx) {
    return PooledBackward.backward(x, n, g, w, k, dy, codes, wantDx);
  }
}
