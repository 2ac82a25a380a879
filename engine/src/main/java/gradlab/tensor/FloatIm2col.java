package gradlab.tensor;

/**
 * im2col and its adjoint for one float32 sample: {@code cols[(ch·R + i)·S + j][y·W' + x]} holds
 * input pixel (ch, y·stride − pad + i, x·stride − pad + j), or 0 outside the image. Stride 1
 * without padding copies whole rows.
 *
 * @param c channels, {@code h} × {@code w} the input, {@code r} × {@code s} the kernel
 */
record FloatIm2col(int c, int h, int w, int r, int s, int stride, int pad, int oh, int ow) {

  int rows() {
    return c * r * s;
  }

  int positions() {
    return oh * ow;
  }

  /** Writes cols [C·R·S, H'·W'] for the sample starting at {@code x[base]}. Mutates cols. */
  void im2colInPlace(float[] x, int base, float[] cols) {
    int p = oh * ow;
    for (int ch = 0; ch < c; ch++) {
      for (int i = 0; i < r; i++) {
        for (int j = 0; j < s; j++) {
          int row = ((ch * r + i) * s + j) * p;
          for (int y = 0; y < oh; y++) {
            int yy = y * stride - pad + i;
            int at = row + y * ow;
            if (yy < 0 || yy >= h) {
              java.util.Arrays.fill(cols, at, at + ow, 0f);
            } else if (stride == 1 && pad == 0) {
              int src = base + (ch * h + yy) * w + j;
              for (int xo = 0; xo < ow; xo++) {
                cols[at + xo] = x[src + xo];
              }
            } else {
              int src = base + (ch * h + yy) * w;
              for (int xo = 0; xo < ow; xo++) {
                int xx = xo * stride - pad + j;
                cols[at + xo] = xx < 0 || xx >= w ? 0f : x[src + xx];
              }
            }
          }
        }
      }
    }
  }

  /** dx[base …] += col2im(dcols), the adjoint of {@link #im2colInPlace}. Mutates dx. */
  void col2imAddInPlace(float[] dcols, float[] dx, int base) {
    int p = oh * ow;
    for (int ch = 0; ch < c; ch++) {
      for (int i = 0; i < r; i++) {
        for (int j = 0; j < s; j++) {
          int row = ((ch * r + i) * s + j) * p;
          for (int y = 0; y < oh; y++) {
            int yy = y * stride - pad + i;
            if (yy < 0 || yy >= h) {
              continue;
            }
            int dst = base + (ch * h + yy) * w;
            int at = row + y * ow;
            if (stride == 1 && pad == 0) {
              for (int xo = 0; xo < ow; xo++) {
                dx[dst + xo + j] += dcols[at + xo];
              }
            } else {
              for (int xo = 0; xo < ow; xo++) {
                int xx = xo * stride - pad + j;
                if (xx >= 0 && xx < w) {
                  dx[dst + xx] += dcols[at + xo];
                }
              }
            }
          }
        }
      }
    }
  }
}
