package gradlab.tensor;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link VectorGemm}'s last columns when fewer than L remain (the linear layer's 10 outputs
 * leave 2): one vector per row, eight rows at a time, where they were scalar loops, one
 * dependent chain of fused multiply–adds per element. A load reads whole vectors (the lanes past
 * the last column hold the next row's values and are never stored), or copies the row's last
 * values where a whole vector would run past the array's end; results go out through a copy of
 * the first n − j lanes. No masks: masked loads and stores near an array's end compiled to the
 * Vector API's slow fallback in four runs of five (450 µs instead of 13 µs for the linear layer's
 * [64, 256]·[256, 10]). Every element of C gets the same fused multiply–adds in the same order as
 * in {@link ScalarGemm}.
 */
final class VectorTail {
  /** VectorGemm's species (a constant: the Vector API compiles only constant species well). */
  private static final VectorSpecies<Float> S = VectorShape.preferredShape().vectorBitSize()
      >= 256 ? FloatVector.SPECIES_256 : FloatVector.SPECIES_PREFERRED;

  private VectorTail() {}

  /** Columns j … n − 1 (fewer than L) of C (+)= A·B for all m rows. Mutates c. */
  static void run(float[] a, int ao, int[] aRows, int[] aCols, float[] b, int bo, int[] bRows,
      float[] c, int co, int[] cRows, int m, int j, int n, int k, boolean acc) {
    int w = n - j;
    float[] tmp = new float[S.length()];
    int i = 0;
    for (; i + 8 <= m; i += 8) {
      rows8(a, ao, aRows, aCols, i, b, bo + j, bRows, c, co + j, cRows, k, acc, w, tmp);
    }
    for (; i < m; i++) {
      int ai = ao + aRows[i];
      int at = co + cRows[i] + j;
      FloatVector c0 = acc ? load(c, at, w, tmp) : FloatVector.zero(S);
      for (int p = 0; p < k; p++) {
        int ap = aCols == null ? p : aCols[p];
        c0 = FloatVector.broadcast(S, a[ai + ap]).fma(load(b, bo + j + bRows[p], w, tmp), c0);
      }
      store(c0, c, at, w, tmp);
    }
  }

  /** A whole vector from x[at], or x[at … at + w) and zeros where it would run past the end. */
  private static FloatVector load(float[] x, int at, int w, float[] tmp) {
    if (at + S.length() <= x.length) {
      return FloatVector.fromArray(S, x, at);
    }
    java.util.Arrays.fill(tmp, 0f);
    System.arraycopy(x, at, tmp, 0, w);
    return FloatVector.fromArray(S, tmp, 0);
  }

  /** The first w lanes of v to c[at …]. */
  private static void store(FloatVector v, float[] c, int at, int w, float[] tmp) {
    v.intoArray(tmp, 0);
    System.arraycopy(tmp, 0, c, at, w);
  }

  private static void rows8(float[] a, int ao, int[] aRows, int[] aCols, int i, float[] b,
      int bo, int[] bRows, float[] c, int co, int[] cRows, int k, boolean acc, int w,
      float[] tmp) {
    int a0 = ao + aRows[i];
    int a1 = ao + aRows[i + 1];
    int a2 = ao + aRows[i + 2];
    int a3 = ao + aRows[i + 3];
    int a4 = ao + aRows[i + 4];
    int a5 = ao + aRows[i + 5];
    int a6 = ao + aRows[i + 6];
    int a7 = ao + aRows[i + 7];
    FloatVector c0 = acc ? load(c, co + cRows[i], w, tmp) : FloatVector.zero(S);
    FloatVector c1 = acc ? load(c, co + cRows[i + 1], w, tmp) : FloatVector.zero(S);
    FloatVector c2 = acc ? load(c, co + cRows[i + 2], w, tmp) : FloatVector.zero(S);
    FloatVector c3 = acc ? load(c, co + cRows[i + 3], w, tmp) : FloatVector.zero(S);
    FloatVector c4 = acc ? load(c, co + cRows[i + 4], w, tmp) : FloatVector.zero(S);
    FloatVector c5 = acc ? load(c, co + cRows[i + 5], w, tmp) : FloatVector.zero(S);
    FloatVector c6 = acc ? load(c, co + cRows[i + 6], w, tmp) : FloatVector.zero(S);
    FloatVector c7 = acc ? load(c, co + cRows[i + 7], w, tmp) : FloatVector.zero(S);
    for (int p = 0; p < k; p++) {
      int ap = aCols == null ? p : aCols[p];
      FloatVector v = load(b, bo + bRows[p], w, tmp);
      c0 = FloatVector.broadcast(S, a[a0 + ap]).fma(v, c0);
      c1 = FloatVector.broadcast(S, a[a1 + ap]).fma(v, c1);
      c2 = FloatVector.broadcast(S, a[a2 + ap]).fma(v, c2);
      c3 = FloatVector.broadcast(S, a[a3 + ap]).fma(v, c3);
      c4 = FloatVector.broadcast(S, a[a4 + ap]).fma(v, c4);
      c5 = FloatVector.broadcast(S, a[a5 + ap]).fma(v, c5);
      c6 = FloatVector.broadcast(S, a[a6 + ap]).fma(v, c6);
      c7 = FloatVector.broadcast(S, a[a7 + ap]).fma(v, c7);
    }
    store(c0, c, co + cRows[i], w, tmp);
    store(c1, c, co + cRows[i + 1], w, tmp);
    store(c2, c, co + cRows[i + 2], w, tmp);
    store(c3, c, co + cRows[i + 3], w, tmp);
    store(c4, c, co + cRows[i + 4], w, tmp);
    store(c5, c, co + cRows[i + 5], w, tmp);
    store(c6, c, co + cRows[i + 6], w, tmp);
    store(c7, c, co + cRows[i + 7], w, tmp);
  }
}
