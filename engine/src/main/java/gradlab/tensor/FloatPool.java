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
