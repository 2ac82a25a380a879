package gradlab.tensor;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link FloatGemm} with the Vector API. The micro-kernel keeps a 4 × 2L block of C in eight
 * vector registers (L lanes: 8 on AVX2) while it runs along k: per step two loads from B, four
 * broadcasts from A, eight fused multiply–adds. Edges use 1-row and 1-vector kernels, then a
 * scalar loop. Every element of C is accumulated in the same order as {@link ScalarGemm}
 * (c ← fma(a_ip, b_pj, c) for p = 0, 1, …), so both give bit-identical results. No allocation.
 */
final class VectorGemm implements FloatGemm {
  private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
  private static final int L = S.length();

  @Override
  public String name() {
    return "vector-" + S.vectorBitSize();
  }

  @Override
  public void gemm(float[] a, int ao, int lda, float[] b, int bo, int ldb, float[] c, int co,
      int ldc, int m, int n, int k, boolean accumulate) {
    int j = 0;
    for (; j + 2 * L <= n; j += 2 * L) {
      int i = 0;
      for (; i + 4 <= m; i += 4) {
        block4x2(a, ao + i * lda, lda, b, bo + j, ldb, c, co + i * ldc + j, ldc, k, accumulate);
      }
      for (; i < m; i++) {
        block1x2(a, ao + i * lda, b, bo + j, ldb, c, co + i * ldc + j, k, accumulate);
      }
    }
    for (; j + L <= n; j += L) {
      for (int i = 0; i < m; i++) {
        block1x1(a, ao + i * lda, b, bo + j, ldb, c, co + i * ldc + j, k, accumulate);
      }
    }
    for (; j < n; j++) {
      for (int i = 0; i < m; i++) {
        int ai = ao + i * lda;
        float s = accumulate ? c[co + i * ldc + j] : 0f;
        for (int p = 0; p < k; p++) {
          s = Math.fma(a[ai + p], b[bo + p * ldb + j], s);
        }
        c[co + i * ldc + j] = s;
      }
    }
  }

  private static FloatVector init(float[] c, int at, boolean accumulate) {
    return accumulate ? FloatVector.fromArray(S, c, at) : FloatVector.zero(S);
  }

  private static void block4x2(float[] a, int ai, int lda, float[] b, int bj, int ldb, float[] c,
      int cij, int ldc, int k, boolean acc) {
    FloatVector c00 = init(c, cij, acc);
    FloatVector c01 = init(c, cij + L, acc);
    FloatVector c10 = init(c, cij + ldc, acc);
    FloatVector c11 = init(c, cij + ldc + L, acc);
    FloatVector c20 = init(c, cij + 2 * ldc, acc);
    FloatVector c21 = init(c, cij + 2 * ldc + L, acc);
    FloatVector c30 = init(c, cij + 3 * ldc, acc);
    FloatVector c31 = init(c, cij + 3 * ldc + L, acc);
    for (int p = 0; p < k; p++) {
      int bp = bj + p * ldb;
      FloatVector b0 = FloatVector.fromArray(S, b, bp);
      FloatVector b1 = FloatVector.fromArray(S, b, bp + L);
      FloatVector a0 = FloatVector.broadcast(S, a[ai + p]);
      c00 = a0.fma(b0, c00);
      c01 = a0.fma(b1, c01);
      FloatVector a1 = FloatVector.broadcast(S, a[ai + lda + p]);
      c10 = a1.fma(b0, c10);
      c11 = a1.fma(b1, c11);
      FloatVector a2 = FloatVector.broadcast(S, a[ai + 2 * lda + p]);
      c20 = a2.fma(b0, c20);
      c21 = a2.fma(b1, c21);
      FloatVector a3 = FloatVector.broadcast(S, a[ai + 3 * lda + p]);
      c30 = a3.fma(b0, c30);
      c31 = a3.fma(b1, c31);
    }
    c00.intoArray(c, cij);
    c01.intoArray(c, cij + L);
    c10.intoArray(c, cij + ldc);
    c11.intoArray(c, cij + ldc + L);
    c20.intoArray(c, cij + 2 * ldc);
    c21.intoArray(c, cij + 2 * ldc + L);
    c30.intoArray(c, cij + 3 * ldc);
    c31.intoArray(c, cij + 3 * ldc + L);
  }

  private static void block1x2(float[] a, int ai, float[] b, int bj, int ldb, float[] c, int cij,
      int k, boolean acc) {
    FloatVector c0 = init(c, cij, acc);
    FloatVector c1 = init(c, cij + L, acc);
    for (int p = 0; p < k; p++) {
      int bp = bj + p * ldb;
      FloatVector a0 = FloatVector.broadcast(S, a[ai + p]);
      c0 = a0.fma(FloatVector.fromArray(S, b, bp), c0);
      c1 = a0.fma(FloatVector.fromArray(S, b, bp + L), c1);
    }
    c0.intoArray(c, cij);
    c1.intoArray(c, cij + L);
  }

  private static void block1x1(float[] a, int ai, float[] b, int bj, int ldb, float[] c, int cij,
      int k, boolean acc) {
    FloatVector c0 = init(c, cij, acc);
    for (int p = 0; p < k; p++) {
      c0 = FloatVector.broadcast(S, a[ai + p]).fma(FloatVector.fromArray(S, b, bj + p * ldb), c0);
    }
    c0.intoArray(c, cij);
  }
}
