package gradlab.tensor;

/**
 * relu(maxPool2d(conv2d(x, w, b), window)) as one operation, and its backward pass: the layer
 * block of the exercise CNN. In float32 with stride 1, no padding, a 2×2 window and an even
 * output, it runs {@link FusedConv}: one pass per sample, no full-size convolution output, no
 * separate pooling or ReLU passes, with results bit for bit those of the three kernels run one
 * after another. Every other case runs that composition itself. Inputs are never modified.
 */
public final class ConvPoolRelu {
  private ConvPoolRelu() {}

  /** The pooled, rectified output [N, K, H′/window, W′/window] and where its gradients go. */
  public record Result(Tensor value, PoolRoutes routes) {}

  /** relu(maxPool2d(conv2d(x, w, b, g), window)): x [N,C,H,W], w [K,C,R,S], b [K]. */
  public static Result forward(Tensor x, Tensor w, Tensor b, Kernels.Conv g, int window) {
    if (window < 1 || window > 11) {
      throw new IllegalArgumentException("convPoolRelu: window " + window + " is not in 1 … 11;"
          + " hint: larger windows need conv2d and maxPool2d separately");
    }
    FloatIm2col geo = fused(x, w, g, window);
    if (geo != null && b.size() == w.shape().dim(0)) {
      int n = x.shape().dim(0);
      int k = w.shape().dim(0);
      Shape out = Shape.of(n, k, geo.oh() / 2, geo.ow() / 2);
      byte[] codes = new byte[out.size()];
      float[] y = FusedConv.forward(x.floats(), n, geo, w.floats(), b.floats(), k, codes);
      return new Result(Tensor.wrap(out, y), new PoolRoutes(out, codes));
    }
    Tensor z = Kernels.conv2d(x, w, b, g);
    Tensor pooled = Kernels.maxPool2d(z, window);
    return new Result(Kernels.relu(pooled), routes(z, window, pooled.shape()));
  }

  /**
   * The gradients {dx (null unless {@code wantDx}), dw, db} for the upstream gradient dy of the
   * forward output whose routes are given.
   */
  public static Tensor[] backward(Tensor x, Tensor w, PoolRoutes routes, Tensor dy,
      Kernels.Conv g, int window, boolean wantDx) {
    if (!dy.shape().equals(routes.shape())) {
      throw new ShapeMismatchException("convPoolRelu backward: upstream gradient " + dy.shape()
          + " does not match the output " + routes.shape());
    }
    FloatIm2col geo = fused(x, w, g, window);
    if (geo != null) {
      int k = w.shape().dim(0);
      float[][] r = FusedConv.backward(x.floats(), x.shape().dim(0), geo, w.floats(), k,
          dy.floats(), routes.codes(), wantDx);
      return new Tensor[] {wantDx ? Tensor.wrap(x.shape(), r[0]) : null,
          Tensor.wrap(w.shape(), r[1]), Tensor.wrap(Shape.of(k), r[2])};
    }
    int[] ps = routes.shape().dims();
    Shape z = Shape.of(ps[0], ps[1], ps[2] * window, ps[3] * window);
    double[] dz = new double[z.size()];
    byte[] codes = routes.codes();
    int o = 0;
    for (int plane = 0; plane < ps[0] * ps[1]; plane++) {
      for (int i = 0; i < ps[2]; i++) {
        for (int j = 0; j < ps[3]; j++, o++) {
          if (codes[o] >= 0) {
            int row = i * window + codes[o] / window;
            int col = j * window + codes[o] % window;
            dz[(plane * z.dim(2) + row) * z.dim(3) + col] = dy.at(o);
          }
        }
      }
    }
    return Kernels.conv2dBackward(x, w, Tensor.wrap(z, dz).to(dy.dtype()), g, wantDx);
  }

  /** The geometry when the fused float32 kernel applies, else null. */
  private static FloatIm2col fused(Tensor x, Tensor w, Kernels.Conv g, int window) {
    int[] xs = x.shape().dims();
    int[] ws = w.shape().dims();
    if (x.dtype() != DType.FLOAT32 || w.dtype() != DType.FLOAT32 || xs.length != 4
        || ws.length != 4 || xs[1] != ws[1]) {
      return null;
    }
    int oh = g.out(xs[2], ws[2]);
    int ow = g.out(xs[3], ws[3]);
    if (oh < 1 || ow < 1) {
      return null;
    }
    FloatIm2col geo = Kernels.geometry(xs, ws, g, oh, ow);
    return FusedConv.covers(geo, window) ? geo : null;
  }

  /** Routes from the convolution output z: first maximum of each window, −1 where ≤ 0. */
  private static PoolRoutes routes(Tensor z, int window, Shape pooled) {
    int[] zs = z.shape().dims();
    int[] ps = pooled.dims();
    byte[] codes = new byte[pooled.size()];
    int o = 0;
    for (int plane = 0; plane < ps[0] * ps[1]; plane++) {
      int base = plane * zs[2] * zs[3];
      for (int i = 0; i < ps[2]; i++) {
        for (int j = 0; j < ps[3]; j++, o++) {
          int best = 0;
          double max = z.at(base + i * window * zs[3] + j * window);
          for (int q = 1; q < window * window; q++) {
            double v = z.at(base + (i * window + q / window) * zs[3] + j * window + q % window);
            if (v > max) {
              max = v;
              best = q;
            }
          }
          codes[o] = (byte) (max > 0 ? best : -1);
        }
      }
    }
    return new PoolRoutes(pooled, codes);
  }
}
