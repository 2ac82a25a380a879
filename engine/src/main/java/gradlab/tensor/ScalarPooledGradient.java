package gradlab.tensor;

/** {@link PooledGradient} in plain Java: the reference for {@link VectorPooledGradient}. */
final class ScalarPooledGradient implements PooledGradient {

  @Override
  public void weightGradient(float[] x, int[] at, float[] v, int count, int[] rowOff, int rows,
      int s, float[] dw, int dwo) {
    for (int r = 0; r < rows; r++) {
      for (int q = 0; q < s; q++) {
        int off = rowOff[r] + q;
        float acc = dw[dwo + r * s + q];
        for (int t = 0; t < count; t++) {
          acc = Math.fma(x[at[t] + off], v[t], acc);
        }
        dw[dwo + r * s + q] = acc;
      }
    }
  }

  @Override
  public void inputGradient(float[] w, int[] chans, float[] vals, int from, int count,
      float[] dcol, int[] rowOff, int rows, int s, float[] dx, int dxo, int dxEnd) {
    int crs = rows * s;
    java.util.Arrays.fill(dcol, 0, crs, 0f);
    for (int j = from; j < from + count; j++) {
      int wo = chans[j] * crs;
      float v = vals[j];
      for (int t = 0; t < crs; t++) {
        dcol[t] = Math.fma(w[wo + t], v, dcol[t]);
      }
    }
    for (int r = 0; r < rows; r++) {
      int d = dxo + rowOff[r];
      for (int q = 0; q < s; q++) {
        dx[d + q] += dcol[r * s + q];
      }
    }
  }
}
