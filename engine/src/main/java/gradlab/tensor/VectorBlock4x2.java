package gradlab.tensor;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link VectorGemm}'s 4 × 2L micro-kernel: a block of C in eight registers. Per step along k:
 * two loads from B, four broadcasts from A and eight fused multiply–adds. Two forms: A through a
 * column table (im2col's view), and A read along its rows. Every element of C gets the same
 * fused multiply–adds in the same order as in {@link ScalarGemm}.
 */
final class VectorBlock4x2 {
  /** VectorGemm's species (a constant: the Vector API compiles only constant species well). */
  private static final VectorSpecies<Float> S = VectorShape.preferredShape().vectorBitSize()
      >= 256 ? FloatVector.SPECIES_256 : FloatVector.SPECIES_PREFERRED;
  private static final int L = S.length();

  private VectorBlock4x2() {}

  /** C rows i … i + 3, A through its column table (or none): C (+)= A·B. Mutates c. */
  static void run(float[] a, int ao, int[] aRows, int[] aCols, int i, float[] b,
      int bo, int[] bRows, float[] c, int co, int[] cRows, int k, boolean acc) {
    int a0 = ao + aRows[i];
    int a1 = ao + aRows[i + 1];
    int a2 = ao + aRows[i + 2];
    int a3 = ao + aRows[i + 3];
    int r0 = co + cRows[i];
    int r1 = co + cRows[i + 1];
    int r2 = co + cRows[i + 2];
    int r3 = co + cRows[i + 3];
    FloatVector c00 = init(c, r0, acc);
    FloatVector c01 = init(c, r0 + L, acc);
    FloatVector c10 = init(c, r1, acc);
    FloatVector c11 = init(c, r1 + L, acc);
    FloatVector c20 = init(c, r2, acc);
    FloatVector c21 = init(c, r2 + L, acc);
    FloatVector c30 = init(c, r3, acc);
    FloatVector c31 = init(c, r3 + L, acc);
    for (int p = 0; p < k; p++) {
      int ap = aCols == null ? p : aCols[p];
      int bp = bo + bRows[p];
      FloatVector b0 = FloatVector.fromArray(S, b, bp);
      FloatVector b1 = FloatVector.fromArray(S, b, bp + L);
      FloatVector v = FloatVector.broadcast(S, a[a0 + ap]);
      c00 = v.fma(b0, c00);
      c01 = v.fma(b1, c01);
      v = FloatVector.broadcast(S, a[a1 + ap]);
      c10 = v.fma(b0, c10);
      c11 = v.fma(b1, c11);
      v = FloatVector.broadcast(S, a[a2 + ap]);
      c20 = v.fma(b0, c20);
      c21 = v.fma(b1, c21);
      v = FloatVector.broadcast(S, a[a3 + ap]);
      c30 = v.fma(b0, c30);
      c31 = v.fma(b1, c31);
    }
    c00.intoArray(c, r0);
    c01.intoArray(c, r0 + L);
    c10.intoArray(c, r1);
    c11.intoArray(c, r1 + L);
    c20.intoArray(c, r2);
    c21.intoArray(c, r2 + L);
    c30.intoArray(c, r3);
    c31.intoArray(c, r3 + L);
  }

  /** {@link #run} for A read along its rows (no column table): range-checked once. */
  static void runDense(float[] a, int ao, int[] aRows, int i, float[] b, int bo,
      int[] bRows, float[] c, int co, int[] cRows, int k, boolean acc) {
    int a0 = ao + aRows[i];
    int a1 = ao + aRows[i + 1];
    int a2 = ao + aRows[i + 2];
    int a3 = ao + aRows[i + 3];
    int r0 = co + cRows[i];
    int r1 = co + cRows[i + 1];
    int r2 = co + cRows[i + 2];
    int r3 = co + cRows[i + 3];
    FloatVector c00 = init(c, r0, acc);
    FloatVector c01 = init(c, r0 + L, acc);
    FloatVector c10 = init(c, r1, acc);
    FloatVector c11 = init(c, r1 + L, acc);
    FloatVector c20 = init(c, r2, acc);
    FloatVector c21 = init(c, r2 + L, acc);
    FloatVector c30 = init(c, r3, acc);
    FloatVector c31 = init(c, r3 + L, acc);
    for (int p = 0; p < k; p++) {
      int bp = bo + bRows[p];
      FloatVector b0 = FloatVector.fromArray(S, b, bp);
      FloatVector b1 = FloatVector.fromArray(S, b, bp + L);
      FloatVector v = FloatVector.broadcast(S, a[a0 + p]);
      c00 = v.fma(b0, c00);
      c01 = v.fma(b1, c01);
      v = FloatVector.broadcast(S, a[a1 + p]);
      c10 = v.fma(b0, c10);
      c11 = v.fma(b1, c11);
      v = FloatVector.broadcast(S, a[a2 + p]);
      c20 = v.fma(b0, c20);
      c21 = v.fma(b1, c21);
      v = FloatVector.broadcast(S, a[a3 + p]);
      c30 = v.fma(b0, c30);
      c31 = v.fma(b1, c31);
    }
    c00.intoArray(c, r0);
    c01.intoArray(c, r0 + L);
    c10.intoArray(c, r1);
    c11.intoArray(c, r1 + L);
    c20.intoArray(c, r2);
    c21.intoArray(c, r2 + L);
    c30.intoArray(c, r3);
    c31.intoArray(c, r3 + L);
  }

  private static FloatVector init(float[] c, int at, boolean acc) {
    return acc ? FloatVector.fromArray(S, c, at) : FloatVector.zero(S);
  }
}
