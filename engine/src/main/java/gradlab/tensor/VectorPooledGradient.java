package gradlab.tensor;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link PooledGradient} with the Vector API (L lanes: 8 on AVX2). A kernel row's S ≤ L taps
 * are one vector: the weight gradient keeps four rows in registers while it runs along the
 * terms (one load and one fused multiply–add per row and term; lanes ≥ S compute values that
 * are never stored), and the input gradient runs whole vectors along the flat taps of each
 * routed channel's weights, then adds each row to dx as a whole vector whose lanes ≥ S are +0
 * (under a mask of S lanes near the sample's end). Rows wider than L go to the scalar
 * twin. Same operations in the same order per element as {@link ScalarPooledGradient}.
 */
final class VectorPooledGradient implements PooledGradient {
  private static final VectorSpecies<Float> F = VectorShape.preferredShape().vectorBitSize()
      >= 256 ? FloatVector.SPECIES_256 : FloatVector.SPECIES_PREFERRED;
  private static final int L = F.length();
  private static final PooledGradient SCALAR = new ScalarPooledGradient();

  @Override
  public void weightGradient(float[] x, int[] at, float[] v, int count, int[] rowOff, int rows,
      int s, float[] dw, int dwo) {
    if (s > L) {
      SCALAR.weightGradient(x, at, v, count, rowOff, rows, s, dw, dwo);
      return;
    }
    VectorMask<Float> m = F.indexInRange(0, s);
    int r = 0;
    for (; r + 4 <= rows; r += 4) {
      rows4(x, at, v, count, rowOff, r, s, m, dw, dwo);
    }
    for (; r < rows; r++) {
      int o = rowOff[r];
      int d = dwo + r * s;
      FloatVector c = FloatVector.fromArray(F, dw, d, m);
      for (int t = 0; t < count; t++) {
        c = load(x, at[t] + o, m).fma(FloatVector.broadcast(F, v[t]), c);
      }
      c.intoArray(dw, d, m);
    }
  }

  /** Rows r … r + 3 of {@link #weightGradient}, their four accumulators in registers. */
  private static void rows4(float[] x, int[] at, float[] v, int count, int[] rowOff, int r, int s,
      VectorMask<Float> m, float[] dw, int dwo) {
    int o0 = rowOff[r];
    int o1 = rowOff[r + 1];
    int o2 = rowOff[r + 2];
    int o3 = rowOff[r + 3];
    int d = dwo + r * s;
    FloatVector c0 = FloatVector.fromArray(F, dw, d, m);
    FloatVector c1 = FloatVector.fromArray(F, dw, d + s, m);
    FloatVector c2 = FloatVector.fromArray(F, dw, d + 2 * s, m);
    FloatVector c3 = FloatVector.fromArray(F, dw, d + 3 * s, m);
    int last = Math.max(Math.max(o0, o1), Math.max(o2, o3)) + L;
    for (int t = 0; t < count; t++) {
      int a = at[t];
      FloatVector b = FloatVector.broadcast(F, v[t]);
      if (a + last <= x.length) {
        c0 = FloatVector.fromArray(F, x, a + o0).fma(b, c0);
        c1 = FloatVector.fromArray(F, x, a + o1).fma(b, c1);
        c2 = FloatVector.fromArray(F, x, a + o2).fma(b, c2);
        c3 = FloatVector.fromArray(F, x, a + o3).fma(b, c3);
      } else { // the patch's last rows end within L of the array's end
        c0 = FloatVector.fromArray(F, x, a + o0, m).fma(b, c0);
        c1 = FloatVector.fromArray(F, x, a + o1, m).fma(b, c1);
        c2 = FloatVector.fromArray(F, x, a + o2, m).fma(b, c2);
        c3 = FloatVector.fromArray(F, x, a + o3, m).fma(b, c3);
      }
    }
    c0.intoArray(dw, d, m);
    c1.intoArray(dw, d + s, m);
    c2.intoArray(dw, d + 2 * s, m);
    c3.intoArray(dw, d + 3 * s, m);
  }

  /** L values from x[i], or only the first S of them (mask m) where L would run past the end. */
  private static FloatVector load(float[] x, int i, VectorMask<Float> m) {
    return i + L <= x.length ? FloatVector.fromArray(F, x, i) : FloatVector.fromArray(F, x, i, m);
  }

  @Override
  public void inputGradient(float[] w, int[] chans, float[] vals, int from, int count,
      float[] dcol, int[] rowOff, int rows, int s, float[] dx, int dxo, int dxEnd) {
    if (s > L || count == 0) {
      SCALAR.inputGradient(w, chans, vals, from, count, dcol, rowOff, rows, s, dx, dxo, dxEnd);
      return;
    }
    int crs = rows * s;
    int whole = crs - crs % L;
    // channel by channel along the whole patch (a position has few channels, the patch many
    // taps), the first one starting from 0: dcol[t] gets its fused multiply–adds in order
    for (int j = from; j < from + count; j++) {
      int wo = chans[j] * crs;
      FloatVector b = FloatVector.broadcast(F, vals[j]);
      boolean first = j == from;
      for (int t = 0; t < whole; t += L) {
        FloatVector d = first ? FloatVector.zero(F) : FloatVector.fromArray(F, dcol, t);
        FloatVector.fromArray(F, w, wo + t).fma(b, d).intoArray(dcol, t);
      }
    }
    for (int t = whole; t < crs; t++) {
      float d = 0f;
      for (int j = from; j < from + count; j++) {
        d = Math.fma(w[chans[j] * crs + t], vals[j], d);
      }
      dcol[t] = d;
    }
    VectorMask<Float> m = F.indexInRange(0, s);
    for (int r = 0; r < rows; r++) {
      int i = dxo + rowOff[r];
      FloatVector d = FloatVector.fromArray(F, dcol, r * s, m); // lanes ≥ S are +0
      if (i + L <= dxEnd) { // dx + 0 = dx for every dx but −0, which dx never holds
        FloatVector.fromArray(F, dx, i).add(d).intoArray(dx, i);
      } else {
        FloatVector.fromArray(F, dx, i, m).add(d).intoArray(dx, i, m);
      }
    }
  }
}
