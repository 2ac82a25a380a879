package gradlab.tensor;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link VectorGemm}'s widest micro-kernel: a 4 × 3L block of C in twelve registers, for A read
 * along its rows (no column table). Per step along k: three loads from B, four broadcasts from A
 * and twelve fused multiply–adds, against two loads for eight in the 4 × 2L block, and twelve
 * independent chains instead of eight to cover the multiply–add latency. Every element of C
 * gets the same fused multiply–adds in the same order as in {@link ScalarGemm}.
 */
final class VectorBlock4x3 {
  /** VectorGemm's species (a constant: the Vector API compiles only constant species well). */
  private static final VectorSpecies<Float> S = VectorShape.preferredShape().vectorBitSize()
      >= 256 ? FloatVector.SPECIES_256 : FloatVector.SPECIES_PREFERRED;
  private static final int L = S.length();

  private VectorBlock4x3() {}

  /** C rows i … i + 3, columns of C and B from the given offsets: C (+)= A·B. Mutates c. */
  static void run(float[] a, int ao, int[] aRows, int i, float[] b,
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
    FloatVector c02 = init(c, r0 + 2 * L, acc);
    FloatVector c10 = init(c, r1, acc);
    FloatVector c11 = init(c, r1 + L, acc);
    FloatVector c12 = init(c, r1 + 2 * L, acc);
    FloatVector c20 = init(c, r2, acc);
    FloatVector c21 = init(c, r2 + L, acc);
    FloatVector c22 = init(c, r2 + 2 * L, acc);
    FloatVector c30 = init(c, r3, acc);
    FloatVector c31 = init(c, r3 + L, acc);
    FloatVector c32 = init(c, r3 + 2 * L, acc);
    for (int p = 0; p < k; p++) {
      int bp = bo + bRows[p];
      FloatVector b0 = FloatVector.fromArray(S, b, bp);
      FloatVector b1 = FloatVector.fromArray(S, b, bp + L);
      FloatVector b2 = FloatVector.fromArray(S, b, bp + 2 * L);
      FloatVector v = FloatVector.broadcast(S, a[a0 + p]);
      c00 = v.fma(b0, c00);
      c01 = v.fma(b1, c01);
      c02 = v.fma(b2, c02);
      v = FloatVector.broadcast(S, a[a1 + p]);
      c10 = v.fma(b0, c10);
      c11 = v.fma(b1, c11);
      c12 = v.fma(b2, c12);
      v = FloatVector.broadcast(S, a[a2 + p]);
      c20 = v.fma(b0, c20);
      c21 = v.fma(b1, c21);
      c22 = v.fma(b2, c22);
      v = FloatVector.broadcast(S, a[a3 + p]);
      c30 = v.fma(b0, c30);
      c31 = v.fma(b1, c31);
      c32 = v.fma(b2, c32);
    }
    c00.intoArray(c, r0);
    c01.intoArray(c, r0 + L);
    c02.intoArray(c, r0 + 2 * L);
    c10.intoArray(c, r1);
    c11.intoArray(c, r1 + L);
    c12.intoArray(c, r1 + 2 * L);
    c20.intoArray(c, r2);
    c21.intoArray(c, r2 + L);
    c22.intoArray(c, r2 + 2 * L);
    c30.intoArray(c, r3);
    c31.intoArray(c, r3 + L);
    c32.intoArray(c, r3 + 2 * L);
  }

  private static FloatVector init(float[] c, int at, boolean acc) {
    return acc ? FloatVector.fromArray(S, c, at) : FloatVector.zero(S);
  }
}
