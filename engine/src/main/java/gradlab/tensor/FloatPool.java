package gradlab.tensor;

/**
 * Float32 max-pooling over non-overlapping size × size windows of {@code planes} h × w planes,
 * one range of planes per core. The backward pass finds each window's maximum again (first on
 * ties, as the forward pass) and routes the upstream gradient there. Inputs are not modified.
 */
final class FloatPool {
  private FloatPool() {}

  static float[] forward(float[] x, int planes, int h, int w, int size) {
    int oh = h / size;
    int ow = w / size;
    float[] y = new float[planes * oh * ow];
    if (size == 2) {
      Parallel.split(planes, (part, from, to) -> {
        for (int pl = from; pl < to; pl++) {
          for (int i = 0; i < oh; i++) {
            int top = pl * h * w + 2 * i * w;
            int out = (pl * oh + i) * ow;
            for (int j = 0; j < ow; j++) {
              int at = top + 2 * j;
              y[out + j] = Math.max(Math.max(x[at], x[at + 1]), Math.max(x[at + w], x[at + w + 1]));
            }
          }
        }
      });
      return y;
    }
    Parallel.split(planes, (part, from, to) -> {
      for (int pl = from; pl < to; pl++) {
        for (int i = 0; i < oh; i++) {
          for (int j = 0; j < ow; j++) {
            y[(pl * oh + i) * ow + j] = x[argmax(x, pl * h * w, w, i * size, j * size, size)];
          }
        }
      }
    });
    return y;
  }

  static float[] backward(float[] x, int planes, int h, int w, int size, float[] dy) {
    int oh = h / size;
    int ow = w / size;
    float[] dx = new float[x.length];
    if (size == 2) {
      Parallel.split(planes, (part, from, to) -> {
        for (int pl = from; pl < to; pl++) {
          for (int i = 0; i < oh; i++) {
            int top = pl * h * w + 2 * i * w;
            int out = (pl * oh + i) * ow;
            for (int j = 0; j < ow; j++) {
              route2(x, top + 2 * j, w, dy[out + j], dx);
            }
          }
        }
      });
      return dx;
    }
    Parallel.split(planes, (part, from, to) -> {
      for (int pl = from; pl < to; pl++) {
        for (int i = 0; i < oh; i++) {
          for (int j = 0; j < ow; j++) {
            dx[argmax(x, pl * h * w, w, i * size, j * size, size)] += dy[(pl * oh + i) * ow + j];
          }
        }
      }
    });
    return dx;
  }

  /**
   * dx[argmax] = g for the 2 × 2 window at {@code at}, without branches (they mispredict on
   * image data): e_q = [max − x_q = 0] as 0/1 from the bits of the difference, and the first
   * q with e_q = 1 gets g, as in {@link #argmax}. A window holding NaN sends g to its last
   * element. Mutates dx (a window the caller owns).
   */
  private static void route2(float[] x, int at, int w, float g, float[] dx) {
    float x0 = x[at];
    float x1 = x[at + 1];
    float x2 = x[at + w];
    float x3 = x[at + w + 1];
    float m = Math.max(Math.max(x0, x1), Math.max(x2, x3));
    int e0 = isZero(m - x0);
    int e1 = isZero(m - x1) & (e0 ^ 1);
    int e2 = isZero(m - x2) & ((e0 | e1) ^ 1);
    int e3 = (e0 | e1 | e2) ^ 1;
    dx[at] = g * e0;
    dx[at + 1] = g * e1;
    dx[at + w] = g * e2;
    dx[at + w + 1] = g * e3;
  }

  /** 1 if d is ±0, else 0, for d ≥ 0 or NaN, from its bits. */
  private static int isZero(float d) {
    int bits = Float.floatToRawIntBits(d) & 0x7fffffff;
    return ((bits | -bits) >>> 31) ^ 1;
  }

  private static int argmax(float[] x, int base, int w, int top, int left, int size) {
    int best = base + top * w + left;
    for (int di = 0; di < size; di++) {
      int row = base + (top + di) * w + left;
      for (int dj = 0; dj < size; dj++) {
        if (x[row + dj] > x[best]) {
          best = row + dj;
        }
      }
    }
    return best;
  }
}
