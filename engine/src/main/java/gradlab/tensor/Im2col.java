package gradlab.tensor;

import org.ejml.data.DMatrixRMaj;

/** im2col and its adjoint col2im for one sample of an NCHW batch. */
final class Im2col {
  private Im2col() {}

  /** Columns [C·R·S, H'·W']: column p holds the receptive field of output pixel p. */
  static DMatrixRMaj im2col(double[] x, int sample, int[] xs, int[] ws, Kernels.Conv g, int oh,
      int ow) {
    int c = xs[1];
    int h = xs[2];
    int w = xs[3];
    int r = ws[2];
    int s = ws[3];
    DMatrixRMaj cols = new DMatrixRMaj(c * r * s, oh * ow);
    int base = sample * c * h * w;
    for (int ch = 0; ch < c; ch++) {
      for (int i = 0; i < r; i++) {
        for (int j = 0; j < s; j++) {
          int row = (ch * r + i) * s + j;
          for (int y = 0; y < oh; y++) {
            int yy = y * g.stride() - g.padding() + i;
            for (int xo = 0; xo < ow; xo++) {
              int xx = xo * g.stride() - g.padding() + j;
              cols.data[row * oh * ow + y * ow + xo] = yy < 0 || yy >= h || xx < 0 || xx >= w
                  ? 0 : x[base + (ch * h + yy) * w + xx];
            }
          }
        }
      }
    }
    return cols;
  }

  /** dx[sample] += col2im(dcols): the adjoint of {@link #im2col}. Mutates {@code dx}. */
  static void col2imAdd(DMatrixRMaj dcols, double[] dx, int sample, int[] xs, int[] ws,
      Kernels.Conv g, int oh, int ow) {
    int c = xs[1];
    int h = xs[2];
    int w = xs[3];
    int r = ws[2];
    int s = ws[3];
    int base = sample * c * h * w;
    for (int ch = 0; ch < c; ch++) {
      for (int i = 0; i < r; i++) {
        for (int j = 0; j < s; j++) {
          int row = (ch * r + i) * s + j;
          for (int y = 0; y < oh; y++) {
            int yy = y * g.stride() - g.padding() + i;
            if (yy < 0 || yy >= h) {
              continue;
            }
            for (int xo = 0; xo < ow; xo++) {
              int xx = xo * g.stride() - g.padding() + j;
              if (xx >= 0 && xx < w) {
                dx[base + (ch * h + yy) * w + xx] += dcols.data[row * oh * ow + y * ow + xo];
              }
            }
          }
        }
      }
    }
  }
}
