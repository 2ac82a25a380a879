package gradlab.tensor;

/** {@link FloatGemm} in plain Java: i–p–j loop order, so the inner loop runs along rows of B. */
final class ScalarGemm implements FloatGemm {

  @Override
  public void gemm(float[] a, int ao, int[] aRows, int[] aCols, float[] b, int bo, int[] bRows,
      float[] c, int co, int[] cRows, int m, int n, int k, boolean accumulate) {
    for (int i = 0; i < m; i++) {
      int ci = co + cRows[i];
      int ai = ao + aRows[i];
      if (!accumulate) {
        java.util.Arrays.fill(c, ci, ci + n, 0f);
      }
      for (int p = 0; p < k; p++) {
        float aip = a[ai + (aCols == null ? p : aCols[p])];
        int bp = bo + bRows[p];
        for (int j = 0; j < n; j++) {
          c[ci + j] = Math.fma(aip, b[bp + j], c[ci + j]);
        }
      }
    }
  }

  @Override
  public void poolRelu2(float[] out, int top, int[] map, int w, int count, float bias, float[] y,
      int yo, byte[] codes, int co) {
    for (int j = 0; j < count; j++) {
      int src = top + map[j];
      float x0 = out[src] + bias;
      float x1 = out[src + 1] + bias;
      float x2 = out[src + w] + bias;
      float x3 = out[src + w + 1] + bias;
      float m = Math.max(Math.max(x0, x1), Math.max(x2, x3));
      float r = Math.max(m, 0f);
      int before0 = notMax(m - x0);
      int before1 = before0 & notMax(m - x1);
      int before2 = before1 & notMax(m - x2);
      int open = (int) Math.signum(r); // 1 where r > 0; 0 where r is 0 or NaN
      y[yo + j] = r;
      codes[co + j] = (byte) ((before0 + before1 + before2 + 1) * open - 1);
    }
  }

  /** 0 if d is ±0 (the element equals the maximum), else 1, for d ≥ 0 or NaN; no branches. */
  private static int notMax(float d) {
    int bits = Float.floatToRawIntBits(d) & 0x7fffffff;
    return (bits | -bits) >>> 31;
  }

  @Override
  public float fmaLoop(long iterations) {
    float a = 1;
    float b = 2;
    float c = 3;
    float d = 4;
    float e = 5;
    float f = 6;
    float g = 7;
    float h = 8;
    for (long i = 0; i < iterations; i++) {
      a = Math.fma(a, 0.999f, 0.001f);
      b = Math.fma(b, 0.999f, 0.001f);
      c = Math.fma(c, 0.999f, 0.001f);
      d = Math.fma(d, 0.999f, 0.001f);
      e = Math.fma(e, 0.999f, 0.001f);
      f = Math.fma(f, 0.999f, 0.001f);
      g = Math.fma(g, 0.999f, 0.001f);
      h = Math.fma(h, 0.999f, 0.001f);
    }
    return a + b + c + d + e + f + g + h;
  }

  @Override
  public double fmaLoopFlops(long iterations) {
    return 16.0 * iterations;
  }

  @Override
  public String name() {
    return "scalar";
  }
}
