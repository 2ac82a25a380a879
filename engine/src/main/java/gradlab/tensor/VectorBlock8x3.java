package gradlab.tensor;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link VectorGemm}'s widest micro-kernel: an 8 × 3L block of C in 24 registers, for A read
 * along its rows (no column table) and m a multiple of 8. Per step along k: three loads from B,
 * eight broadcasts from A and 24 fused multiply–adds, against three loads for twelve in
 * {@link VectorBlock4x3}: each B load and its bounds check serve twice the arithmetic. It needs
 * 28 vector registers, so it is used only where the CPU has 32 (AVX-512, which C2 then uses for
 * 256-bit vectors too; see {@link VectorGemm}). Two copies of one loop: {@link #run} for three
 * consecutive vectors of C, {@link #rows} for three output rows of a convolution, one vector
 * each (the strides are parameters there; a constant L lets C2 check the three loads' bounds as
 * one, so the wide case keeps its own copy). Every element of C gets the same fused
 * multiply–adds in the same order as in {@link ScalarGemm}.
 */
final class VectorBlock8x3 {
  /** VectorGemm's species (a constant: the Vector API compiles only constant species well). */
  private static final VectorSpecies<Float> S = VectorShape.preferredShape().vectorBitSize()
      >= 256 ? FloatVector.SPECIES_256 : FloatVector.SPECIES_PREFERRED;
  private static final int L = S.length();

  private VectorBlock8x3() {}

  /** C rows i … i + 7, columns of C and B from the given offsets: C (+)= A·B. Mutates c. */
  static void run(float[] a, int ao, int[] aRows, int i, float[] b,
      int bo, int[] bRows, float[] c, int co, int[] cRows, int k, boolean acc) {
    int a0 = ao + aRows[i];
    int a1 = ao + aRows[i + 1];
    int a2 = ao + aRows[i + 2];
    int a3 = ao + aRows[i + 3];
    int a4 = ao + aRows[i + 4];
    int a5 = ao + aRows[i + 5];
    int a6 = ao + aRows[i + 6];
    int a7 = ao + aRows[i + 7];
    int r0 = co + cRows[i];
    int r1 = co + cRows[i + 1];
    int r2 = co + cRows[i + 2];
    int r3 = co + cRows[i + 3];
    int r4 = co + cRows[i + 4];
    int r5 = co + cRows[i + 5];
    int r6 = co + cRows[i + 6];
    int r7 = co + cRows[i + 7];
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
    FloatVector c40 = init(c, r4, acc);
    FloatVector c41 = init(c, r4 + L, acc);
    FloatVector c42 = init(c, r4 + 2 * L, acc);
    FloatVector c50 = init(c, r5, acc);
    FloatVector c51 = init(c, r5 + L, acc);
    FloatVector c52 = init(c, r5 + 2 * L, acc);
    FloatVector c60 = init(c, r6, acc);
    FloatVector c61 = init(c, r6 + L, acc);
    FloatVector c62 = init(c, r6 + 2 * L, acc);
    FloatVector c70 = init(c, r7, acc);
    FloatVector c71 = init(c, r7 + L, acc);
    FloatVector c72 = init(c, r7 + 2 * L, acc);
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
      v = FloatVector.broadcast(S, a[a4 + p]);
      c40 = v.fma(b0, c40);
      c41 = v.fma(b1, c41);
      c42 = v.fma(b2, c42);
      v = FloatVector.broadcast(S, a[a5 + p]);
      c50 = v.fma(b0, c50);
      c51 = v.fma(b1, c51);
      c52 = v.fma(b2, c52);
      v = FloatVector.broadcast(S, a[a6 + p]);
      c60 = v.fma(b0, c60);
      c61 = v.fma(b1, c61);
      c62 = v.fma(b2, c62);
      v = FloatVector.broadcast(S, a[a7 + p]);
      c70 = v.fma(b0, c70);
      c71 = v.fma(b1, c71);
      c72 = v.fma(b2, c72);
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
    c40.intoArray(c, r4);
    c41.intoArray(c, r4 + L);
    c42.intoArray(c, r4 + 2 * L);
    c50.intoArray(c, r5);
    c51.intoArray(c, r5 + L);
    c52.intoArray(c, r5 + 2 * L);
    c60.intoArray(c, r6);
    c61.intoArray(c, r6 + L);
    c62.intoArray(c, r6 + 2 * L);
    c70.intoArray(c, r7);
    c71.intoArray(c, r7 + L);
    c72.intoArray(c, r7 + 2 * L);
  }

  /**
   * C rows i … i + 7 at three vectors {@code cStride} floats apart, from B vectors
   * {@code bStride} floats apart (three output rows of a convolution and the input rows they
   * read; {@link VectorGemm#gemmRows}): C (+)= A·B. Mutates c.
   */
  static void rows(float[] a, int ao, int[] aRows, int i, float[] b, int bo, int[] bRows,
      int bStride, float[] c, int co, int[] cRows, int cStride, int k, boolean acc) {
    int a0 = ao + aRows[i];
    int a1 = ao + aRows[i + 1];
    int a2 = ao + aRows[i + 2];
    int a3 = ao + aRows[i + 3];
    int a4 = ao + aRows[i + 4];
    int a5 = ao + aRows[i + 5];
    int a6 = ao + aRows[i + 6];
    int a7 = ao + aRows[i + 7];
    int r0 = co + cRows[i];
    int r1 = co + cRows[i + 1];
    int r2 = co + cRows[i + 2];
    int r3 = co + cRows[i + 3];
    int r4 = co + cRows[i + 4];
    int r5 = co + cRows[i + 5];
    int r6 = co + cRows[i + 6];
    int r7 = co + cRows[i + 7];
    FloatVector c00 = init(c, r0, acc);
    FloatVector c01 = init(c, r0 + cStride, acc);
    FloatVector c02 = init(c, r0 + 2 * cStride, acc);
    FloatVector c10 = init(c, r1, acc);
    FloatVector c11 = init(c, r1 + cStride, acc);
    FloatVector c12 = init(c, r1 + 2 * cStride, acc);
    FloatVector c20 = init(c, r2, acc);
    FloatVector c21 = init(c, r2 + cStride, acc);
    FloatVector c22 = init(c, r2 + 2 * cStride, acc);
    FloatVector c30 = init(c, r3, acc);
    FloatVector c31 = init(c, r3 + cStride, acc);
    FloatVector c32 = init(c, r3 + 2 * cStride, acc);
    FloatVector c40 = init(c, r4, acc);
    FloatVector c41 = init(c, r4 + cStride, acc);
    FloatVector c42 = init(c, r4 + 2 * cStride, acc);
    FloatVector c50 = init(c, r5, acc);
    FloatVector c51 = init(c, r5 + cStride, acc);
    FloatVector c52 = init(c, r5 + 2 * cStride, acc);
    FloatVector c60 = init(c, r6, acc);
    FloatVector c61 = init(c, r6 + cStride, acc);
    FloatVector c62 = init(c, r6 + 2 * cStride, acc);
    FloatVector c70 = init(c, r7, acc);
    FloatVector c71 = init(c, r7 + cStride, acc);
    FloatVector c72 = init(c, r7 + 2 * cStride, acc);
    for (int p = 0; p < k; p++) {
      int bp = bo + bRows[p];
      FloatVector b0 = FloatVector.fromArray(S, b, bp);
      FloatVector b1 = FloatVector.fromArray(S, b, bp + bStride);
      FloatVector b2 = FloatVector.fromArray(S, b, bp + 2 * bStride);
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
      v = FloatVector.broadcast(S, a[a4 + p]);
      c40 = v.fma(b0, c40);
      c41 = v.fma(b1, c41);
      c42 = v.fma(b2, c42);
      v = FloatVector.broadcast(S, a[a5 + p]);
      c50 = v.fma(b0, c50);
      c51 = v.fma(b1, c51);
      c52 = v.fma(b2, c52);
      v = FloatVector.broadcast(S, a[a6 + p]);
      c60 = v.fma(b0, c60);
      c61 = v.fma(b1, c61);
      c62 = v.fma(b2, c62);
      v = FloatVector.broadcast(S, a[a7 + p]);
      c70 = v.fma(b0, c70);
      c71 = v.fma(b1, c71);
      c72 = v.fma(b2, c72);
    }
    c00.intoArray(c, r0);
    c01.intoArray(c, r0 + cStride);
    c02.intoArray(c, r0 + 2 * cStride);
    c10.intoArray(c, r1);
    c11.intoArray(c, r1 + cStride);
    c12.intoArray(c, r1 + 2 * cStride);
    c20.intoArray(c, r2);
    c21.intoArray(c, r2 + cStride);
    c22.intoArray(c, r2 + 2 * cStride);
    c30.intoArray(c, r3);
    c31.intoArray(c, r3 + cStride);
    c32.intoArray(c, r3 + 2 * cStride);
    c40.intoArray(c, r4);
    c41.intoArray(c, r4 + cStride);
    c42.intoArray(c, r4 + 2 * cStride);
    c50.intoArray(c, r5);
    c51.intoArray(c, r5 + cStride);
    c52.intoArray(c, r5 + 2 * cStride);
    c60.intoArray(c, r6);
    c61.intoArray(c, r6 + cStride);
    c62.intoArray(c, r6 + 2 * cStride);
    c70.intoArray(c, r7);
    c71.intoArray(c, r7 + cStride);
    c72.intoArray(c, r7 + 2 * cStride);
  }

  /**
   * {@link FloatGemm#gemmRows} for rows one vector wide (n = L), m a multiple of 8 and at least
   * three rows: three output rows per block; the last three rows overlap the ones before when
   * rows is not a multiple of 3 (8 rows: 0–2, 3–5, 5–7; the overlap is computed twice, with
   * the same result). Mutates c.
   */
  static void rowBlocks(float[] a, int[] aRows, float[] b, int bo, int[] bRows, int bStride,
      float[] c, int[] cRows, int m, int rows, int k) {
    for (int y = 0; y < rows; y += 3) {
      int y0 = Math.min(y, rows - 3);
      for (int i = 0; i < m; i += 8) {
        rows(a, 0, aRows, i, b, bo + y0 * bStride, bRows, bStride, c, y0 * L, cRows, L, k,
            false);
      }
    }
  }

  private static FloatVector init(float[] c, int at, boolean acc) {
    return acc ? FloatVector.fromArray(S, c, at) : FloatVector.zero(S);
  }
}
