package gradlab.tensor;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Dense kernels. Float64 matrix products go through EJML ({@code CommonOps_DDRM}); float32
 * products, convolutions and pooling go through {@link FloatGemm} (register-blocked Vector API
 * when available), {@link FloatConv} and {@link FloatPool}, using every core. Convolution is
 * im2col followed by a matrix product. Shapes are NCHW. Inputs are never modified.
 */
public final class Kernels {
  private Kernels() {}

  /** Which float32 matrix kernel this JVM runs: "vector-256" (the Vector API) or "scalar". */
  public static String floatKernels() {
    return FloatGemm.best().name();
  }

  /**
   * The measured float32 multiply–add peak of this machine in GFLOP/s, all cores: a loop of
   * independent fused multiply–adds on registers only ({@code iterations} per core), with the
   * kernel implementation in use.
   */
  public static double fmaPeakGflops(long iterations) {
    int cores = Runtime.getRuntime().availableProcessors();
    FloatGemm gemm = FloatGemm.best();
    float[] results = new float[cores];
    double best = 0;
    // the best of several rounds: the first ones run before the JIT has compiled the loop
    for (int round = 0; round < 8; round++) {
      long start = System.nanoTime();
      Parallel.split(cores, (part, from, to) -> results[part] = gemm.fmaLoop(iterations));
      double seconds = (System.nanoTime() - start) / 1e9;
      best = Math.max(best, cores * gemm.fmaLoopFlops(iterations) / seconds / 1e9);
    }
    return best;
  }

  /** C = A·B for A [m, k] and B [k, n]. */
  public static Tensor matmul(Tensor a, Tensor b) {
    if (a.shape().rank() != 2 || b.shape().rank() != 2 || a.shape().dim(1) != b.shape().dim(0)) {
      throw new ShapeMismatchException("matmul: " + a.shape() + " · " + b.shape()
          + " needs [m, k] · [k, n]; hint: check the order of the operands or transpose one");
    }
    int m = a.shape().dim(0);
    int k = a.shape().dim(1);
    int n = b.shape().dim(1);
    if (a.dtype() == DType.FLOAT32 && b.dtype() == DType.FLOAT32) {
      return Tensor.wrap(Shape.of(m, n), FloatMatmul.multiply(a.floats(), b.floats(), m, n, k));
    }
    DMatrixRMaj c = new DMatrixRMaj(m, n);
    CommonOps_DDRM.mult(DMatrixRMaj.wrap(m, k, a.doubles()), DMatrixRMaj.wrap(k, n,
        b.doubles()), c);
    return Tensor.wrap(Shape.of(m, n), c.data);
  }

  /**
   * Aᵀ·B for A [k, m] and B [k, n], without forming Aᵀ in float32 (the product reads A through
   * a column table), bit for bit {@code matmul(transpose(a), b)}.
   */
  public static Tensor transposeMatmul(Tensor a, Tensor b) {
    if (a.shape().rank() != 2 || b.shape().rank() != 2 || a.shape().dim(0) != b.shape().dim(0)) {
      throw new ShapeMismatchException("transposeMatmul: " + a.shape() + "ᵀ · " + b.shape()
          + " needs [k, m]ᵀ · [k, n]; hint: both operands need the same number of rows");
    }
    int k = a.shape().dim(0);
    int m = a.shape().dim(1);
    int n = b.shape().dim(1);
    if (a.dtype() == DType.FLOAT32 && b.dtype() == DType.FLOAT32) {
      return Tensor.wrap(Shape.of(m, n), FloatMatmul.multiplyTransposedA(a.floats(), b.floats(),
          m, n, k));
    }
    return matmul(transpose(a), b);
  }

  public static Tensor transpose(Tensor a) {
    if (a.shape().rank() != 2) {
      throw new ShapeMismatchException("transpose: needs a 2-d tensor, got " + a.shape());
    }
    int m = a.shape().dim(0);
    int n = a.shape().dim(1);
    if (a.dtype() == DType.FLOAT32) {
      return Tensor.wrap(Shape.of(n, m), FloatConv.transpose(a.floats(), m, n));
    }
    double[] out = new double[m * n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        out[j * m + i] = a.at(i * n + j);
      }
    }
    return Tensor.wrap(Shape.of(n, m), out).to(a.dtype());
  }

  /** max(x, 0) element-wise. */
  public static Tensor relu(Tensor x) {
    if (x.dtype() == DType.FLOAT32) {
      float[] a = x.floats();
      float[] y = new float[a.length];
      Parallel.split(a.length, (part, from, to) -> {
        for (int i = from; i < to; i++) {
          y[i] = Math.max(a[i], 0f);
        }
      });
      return Tensor.wrap(x.shape(), y);
    }
    return x.map(v -> v > 0 ? v : 0);
  }

  /** g ⊙ [x > 0]: the gradient of {@link #relu} for upstream g of the same shape. */
  public static Tensor reluBackward(Tensor x, Tensor g) {
    if (x.dtype() == DType.FLOAT32 && g.dtype() == DType.FLOAT32
        && x.shape().equals(g.shape())) {
      float[] a = x.floats();
      float[] ga = g.floats();
      float[] dx = new float[a.length];
      Parallel.split(a.length, (part, from, to) -> {
        for (int i = from; i < to; i++) {
          // signum(max(x, 0)) is [x > 0] (NaN stays NaN), and vectorises where a branch does not
          dx[i] = ga[i] * Math.signum(Math.max(a[i], 0f));
        }
      });
      return Tensor.wrap(x.shape(), dx);
    }
    return g.mul(x.map(v -> v > 0 ? 1 : 0));
  }

  /** Convolution geometry: stride and zero padding, equal on both spatial axes. */
  public record Conv(int stride, int padding) {
    public Conv {
      if (stride < 1 || padding < 0) {
        throw new IllegalArgumentException("conv2d: stride must be ≥ 1 and padding ≥ 0, got "
            + stride + ", " + padding);
      }
    }

    int out(int in, int kernel) {
      return (in + 2 * padding - kernel) / stride + 1;
    }
  }

  /** y[n,k] = Σ_c w[k,c] ⋆ x[n,c] + b[k]: x [N,C,H,W], w [K,C,R,S], b [K] → [N,K,H',W']. */
  public static Tensor conv2d(Tensor x, Tensor w, Tensor b, Conv g) {
    int[] xs = x.shape().dims();
    int[] ws = w.shape().dims();
    if (xs.length != 4 || ws.length != 4 || xs[1] != ws[1] || b.size() != ws[0]) {
      throw new ShapeMismatchException("conv2d: input " + x.shape() + ", weight " + w.shape()
          + ", bias " + b.shape() + "; hint: input [N,C,H,W], weight [K,C,R,S], bias [K], "
          + "with the same C");
    }
    int n = xs[0];
    int k = ws[0];
    int oh = g.out(xs[2], ws[2]);
    int ow = g.out(xs[3], ws[3]);
    if (oh < 1 || ow < 1) {
      throw new ShapeMismatchException("conv2d: kernel " + ws[2] + "×" + ws[3]
          + " does not fit input " + xs[2] + "×" + xs[3] + " with padding " + g.padding());
    }
    if (x.dtype() == DType.FLOAT32 && w.dtype() == DType.FLOAT32) {
      return Tensor.wrap(Shape.of(n, k, oh, ow), FloatConv.forward(x.floats(), n,
          geometry(xs, ws, g, oh, ow), w.floats(), b.floats(), k));
    }
    int crs = ws[1] * ws[2] * ws[3];
    DMatrixRMaj wm = DMatrixRMaj.wrap(k, crs, w.doubles());
    double[] out = new double[n * k * oh * ow];
    DMatrixRMaj y = new DMatrixRMaj(k, oh * ow);
    for (int s = 0; s < n; s++) {
      DMatrixRMaj cols = Im2col.im2col(x.doubles(), s, xs, ws, g, oh, ow);
      CommonOps_DDRM.mult(wm, cols, y);
      for (int c = 0; c < k; c++) {
        double bias = b.at(c);
        int base = (s * k + c) * oh * ow;
        for (int p = 0; p < oh * ow; p++) {
          out[base + p] = y.data[c * oh * ow + p] + bias;
        }
      }
    }
    return Tensor.wrap(Shape.of(n, k, oh, ow), out).to(DType.promote(x.dtype(), w.dtype()));
  }

  static FloatIm2col geometry(int[] xs, int[] ws, Conv g, int oh, int ow) {
    return new FloatIm2col(xs[1], xs[2], xs[3], ws[2], ws[3], g.stride(), g.padding(), oh, ow);
  }

  /**
   * The three gradients of conv2d for upstream gradient dy [N,K,H',W']: {dx, dw, db}; dx is
   * null when {@code wantDx} is false (an input that is not differentiated).
   */
  public static Tensor[] conv2dBackward(Tensor x, Tensor w, Tensor dy, Conv g, boolean wantDx) {
    int[] xs = x.shape().dims();
    int[] ws = w.shape().dims();
    int n = xs[0];
    int k = ws[0];
    int oh = dy.shape().dim(2);
    int ow = dy.shape().dim(3);
    if (x.dtype() == DType.FLOAT32 && w.dtype() == DType.FLOAT32) {
      float[][] r = FloatConv.backward(x.floats(), n, geometry(xs, ws, g, oh, ow), w.floats(),
          k, dy.floats(), wantDx);
      return new Tensor[] {wantDx ? Tensor.wrap(x.shape(), r[0]) : null,
          Tensor.wrap(w.shape(), r[1]), Tensor.wrap(Shape.of(k), r[2])};
    }
    int crs = ws[1] * ws[2] * ws[3];
    DMatrixRMaj wm = DMatrixRMaj.wrap(k, crs, w.doubles());
    double[] dyd = dy.doubles();
    double[] dx = new double[x.size()];
    DMatrixRMaj dw = new DMatrixRMaj(k, crs);
    double[] db = new double[k];
    DMatrixRMaj dcols = new DMatrixRMaj(crs, oh * ow);
    for (int s = 0; s < n; s++) {
      DMatrixRMaj dys = new DMatrixRMaj(k, oh * ow);
      System.arraycopy(dyd, s * k * oh * ow, dys.data, 0, k * oh * ow);
      DMatrixRMaj cols = Im2col.im2col(x.doubles(), s, xs, ws, g, oh, ow);
      CommonOps_DDRM.multAddTransB(dys, cols, dw);
      if (wantDx) {
        CommonOps_DDRM.multTransA(wm, dys, dcols);
        Im2col.col2imAdd(dcols, dx, s, xs, ws, g, oh, ow);
      }
      for (int c = 0; c < k; c++) {
        for (int p = 0; p < oh * ow; p++) {
          db[c] += dys.data[c * oh * ow + p];
        }
      }
    }
    return new Tensor[] {wantDx ? Tensor.wrap(x.shape(), dx).to(x.dtype()) : null,
        Tensor.wrap(w.shape(), dw.data).to(w.dtype()), Tensor.wrap(Shape.of(k), db)};
  }

  /** Max over non-overlapping size×size windows: [N,C,H,W] → [N,C,H/size,W/size]. */
  public static Tensor maxPool2d(Tensor x, int size) {
    int[] xs = x.shape().dims();
    if (xs.length != 4 || xs[2] % size != 0 || xs[3] % size != 0) {
      throw new ShapeMismatchException("maxPool2d: input " + x.shape() + " with window " + size
          + "; hint: input [N,C,H,W] with H and W divisible by the window");
    }
    int oh = xs[2] / size;
    int ow = xs[3] / size;
    if (x.dtype() == DType.FLOAT32) {
      return Tensor.wrap(Shape.of(xs[0], xs[1], oh, ow), FloatPool.forward(x.floats(),
          xs[0] * xs[1], xs[2], xs[3], size));
    }
    double[] out = new double[xs[0] * xs[1] * oh * ow];
    int[] arg = argmax(x, size);
    for (int i = 0; i < out.length; i++) {
      out[i] = x.at(arg[i]);
    }
    return Tensor.wrap(Shape.of(xs[0], xs[1], oh, ow), out).to(x.dtype());
  }

  /** Routes each upstream gradient to the position of its window's maximum (first on ties). */
  public static Tensor maxPool2dBackward(Tensor x, int size, Tensor dy) {
    if (x.dtype() == DType.FLOAT32) {
      int[] xs = x.shape().dims();
      return Tensor.wrap(x.shape(), FloatPool.backward(x.floats(), xs[0] * xs[1], xs[2], xs[3],
          size, dy.floats()));
    }
    int[] arg = argmax(x, size);
    double[] dx = new double[x.size()];
    for (int i = 0; i < arg.length; i++) {
      dx[arg[i]] += dy.at(i);
    }
    return Tensor.wrap(x.shape(), dx).to(x.dtype());
  }

  private static int[] argmax(Tensor x, int size) {
    int[] xs = x.shape().dims();
    int h = xs[2];
    int w = xs[3];
    int oh = h / size;
    int ow = w / size;
    int[] arg = new int[xs[0] * xs[1] * oh * ow];
    int o = 0;
    for (int plane = 0; plane < xs[0] * xs[1]; plane++) {
      int base = plane * h * w;
      for (int i = 0; i < oh; i++) {
        for (int j = 0; j < ow; j++) {
          int best = base + i * size * w + j * size;
          for (int di = 0; di < size; di++) {
            for (int dj = 0; dj < size; dj++) {
              int p = base + (i * size + di) * w + j * size + dj;
              if (x.at(p) > x.at(best)) {
                best = p;
              }
            }
          }
          arg[o++] = best;
        }
      }
    }
    return arg;
  }
}
