package gradlab.tensor;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link FloatGemm} with the Vector API (L lanes: 8 on AVX2). The {@code gemm} micro-kernels
 * keep a block of C in registers while they run along k: 8 rows × 3L columns for A read along
 * its rows when m is a multiple of 8 and the CPU has 32 vector registers ({@link VectorBlock8x3}),
 * else 4 rows × 3L when m is a multiple of 4 ({@link VectorBlock4x3}), 4 rows × 2L columns
 * ({@link VectorBlock4x2}), or 8 rows × L columns for
 * narrow C; then 1-row kernels and a scalar loop for the edges. Every element of C gets the same
 * fused multiply–adds in the same order as {@link ScalarGemm}. No allocation.
 */
final class VectorGemm implements FloatGemm {
  private static final VectorSpecies<Float> S = VectorShape.preferredShape().vectorBitSize()
      >= 256 ? FloatVector.SPECIES_256 : FloatVector.SPECIES_PREFERRED;
  private static final int L = S.length();
  private static final VectorSpecies<Integer> I = VectorSpecies.of(int.class, S.vectorShape());
  private static final VectorSpecies<Byte> B = VectorSpecies.of(byte.class,
      VectorShape.forBitSize(L * 8));
  /**
   * Whether the CPU has 32 vector registers (AVX-512, whose preferred shape is 512 bits), so that
   * {@link VectorBlock8x3}'s 24 accumulators fit; with 16 (AVX2) it would spill.
   */
  private static final boolean WIDE_REGISTERS = VectorShape.preferredShape().vectorBitSize()
      >= 512;

  @Override
  public String name() {
    return "vector-" + S.vectorBitSize();
  }

  @Override
  public float fmaLoop(long iterations) {
    FloatVector m = FloatVector.broadcast(S, 0.999f);
    FloatVector k = FloatVector.broadcast(S, 0.001f);
    FloatVector a = FloatVector.broadcast(S, 1);
    FloatVector b = FloatVector.broadcast(S, 2);
    FloatVector c = FloatVector.broadcast(S, 3);
    FloatVector d = FloatVector.broadcast(S, 4);
    FloatVector e = FloatVector.broadcast(S, 5);
    FloatVector f = FloatVector.broadcast(S, 6);
    FloatVector g = FloatVector.broadcast(S, 7);
    FloatVector h = FloatVector.broadcast(S, 8);
    FloatVector p = FloatVector.broadcast(S, 9);
    FloatVector q = FloatVector.broadcast(S, 10);
    for (long i = 0; i < iterations; i++) {
      a = a.fma(m, k);
      b = b.fma(m, k);
      c = c.fma(m, k);
      d = d.fma(m, k);
      e = e.fma(m, k);
      f = f.fma(m, k);
      g = g.fma(m, k);
      h = h.fma(m, k);
      p = p.fma(m, k);
      q = q.fma(m, k);
    }
    return a.add(b).add(c).add(d).add(e).add(f).add(g).add(h).add(p).add(q)
        .reduceLanes(jdk.incubator.vector.VectorOperators.ADD);
  }

  @Override
  public double fmaLoopFlops(long iterations) {
    return 10.0 * 2 * L * iterations;
  }

  /**
   * L windows at a time: the four elements of each are gathered through the map,
   * then the same maxima, differences and masks as {@link ScalarGemm#poolRelu2}, lane by lane
   * (the Vector API's max is Math.max's). Computes count rounded up to a multiple of L.
   */
  @Override
  public void poolRelu2(float[] out, int top, int[] map, int w, int count, float bias, float[] y,
      int yo, byte[] codes, int co) {
    IntVector three = IntVector.broadcast(I, 3);
    for (int j = 0; j < count; j += L) {
      FloatVector x0 = FloatVector.fromArray(S, out, top, map, j).add(bias);
      FloatVector x1 = FloatVector.fromArray(S, out, top + 1, map, j).add(bias);
      FloatVector x2 = FloatVector.fromArray(S, out, top + w, map, j).add(bias);
      FloatVector x3 = FloatVector.fromArray(S, out, top + w + 1, map, j).add(bias);
      FloatVector m = x0.max(x1).max(x2.max(x3));
      FloatVector r = m.max(0f);
      r.intoArray(y, yo + j);
      // the first maximum wins: set the later ones first
      IntVector code = three
          .blend(2, m.sub(x2).compare(VectorOperators.EQ, 0f).cast(I))
          .blend(1, m.sub(x1).compare(VectorOperators.EQ, 0f).cast(I))
          .blend(0, m.sub(x0).compare(VectorOperators.EQ, 0f).cast(I));
      VectorMask<Float> shut = r.compare(VectorOperators.GT, 0f).not();
      code = code.blend(-1, shut.cast(I));
      ((ByteVector) code.convertShape(VectorOperators.I2B, B, 0)).intoArray(codes, co + j);
    }
  }

  @Override
  public void gemm(float[] a, int ao, int[] aRows, int[] aCols, float[] b, int bo, int[] bRows,
      float[] c, int co, int[] cRows, int m, int n, int k, boolean acc) {
    int j = 0;
    if (aCols == null && m % 8 == 0 && WIDE_REGISTERS) {
      for (; j + 3 * L <= n; j += 3 * L) {
        for (int i = 0; i < m; i += 8) {
          VectorBlock8x3.run(a, ao, aRows, i, b, bo + j, bRows, c, co + j, cRows, k, acc);
        }
      }
    } else if (aCols == null && m % 4 == 0) {
      for (; j + 3 * L <= n; j += 3 * L) {
        for (int i = 0; i < m; i += 4) {
          VectorBlock4x3.run(a, ao, aRows, i, b, bo + j, bRows, c, co + j, cRows, k, acc);
        }
      }
    }
    for (; j + 2 * L <= n; j += 2 * L) {
      int i = 0;
      for (; i + 4 <= m; i += 4) {
        if (aCols == null) {
          VectorBlock4x2.runDense(a, ao, aRows, i, b, bo + j, bRows, c, co + j, cRows, k, acc);
        } else {
          VectorBlock4x2.run(a, ao, aRows, aCols, i, b, bo + j, bRows, c, co + j, cRows, k, acc);
        }
      }
      for (; i < m; i++) {
        block1x2(a, ao + aRows[i], aCols, b, bo + j, bRows, c, co + cRows[i] + j, k, acc);
      }
    }
    for (; j + L <= n; j += L) {
      int i = 0;
      for (; i + 8 <= m; i += 8) {
        block8x1(a, ao, aRows, aCols, i, b, bo + j, bRows, c, co + j, cRows, k, acc);
      }
      for (; i < m; i++) {
        block1x1(a, ao + aRows[i], aCols, b, bo + j, bRows, c, co + cRows[i] + j, k, acc);
      }
    }
    if (j < n) {
      VectorTail.run(a, ao, aRows, aCols, b, bo, bRows, c, co, cRows, m, j, n, k, acc);
    }
  }

  /** Rows of L or of a multiple of 3L, where {@link VectorBlock8x3} fits in the registers. */
  @Override
  public boolean hasRowsKernel(int n, int m) {
    return WIDE_REGISTERS && m % 8 == 0 && (n == L || n % (3 * L) == 0);
  }

  /**
   * For n = L and m a multiple of 8 (where the block fits): {@link VectorBlock8x3#rowBlocks}.
   * Otherwise row by row, each row a {@link #gemm} (rows of a multiple of 3L take whole
   * 8 × 3L blocks there).
   */
  @Override
  public void gemmRows(float[] a, int[] aRows, float[] b, int bo, int[] bRows, int bStride,
      float[] c, int[] cRows, int m, int n, int rows, int k) {
    if (n == L && m % 8 == 0 && rows >= 3 && WIDE_REGISTERS) {
      VectorBlock8x3.rowBlocks(a, aRows, b, bo, bRows, bStride, c, cRows, m, rows, k);
    } else {
      FloatGemm.super.gemmRows(a, aRows, b, bo, bRows, bStride, c, cRows, m, n, rows, k);
    }
  }

  private static FloatVector init(float[] c, int at, boolean acc) {
    return acc ? FloatVector.fromArray(S, c, at) : FloatVector.zero(S);
  }

  private static void block8x1(float[] a, int ao, int[] aRows, int[] aCols, int i, float[] b,
      int bo, int[] bRows, float[] c, int co, int[] cRows, int k, boolean acc) {
    int a0 = ao + aRows[i];
    int a1 = ao + aRows[i + 1];
    int a2 = ao + aRows[i + 2];
    int a3 = ao + aRows[i + 3];
    int a4 = ao + aRows[i + 4];
    int a5 = ao + aRows[i + 5];
    int a6 = ao + aRows[i + 6];
    int a7 = ao + aRows[i + 7];
    FloatVector c0 = init(c, co + cRows[i], acc);
    FloatVector c1 = init(c, co + cRows[i + 1], acc);
    FloatVector c2 = init(c, co + cRows[i + 2], acc);
    FloatVector c3 = init(c, co + cRows[i + 3], acc);
    FloatVector c4 = init(c, co + cRows[i + 4], acc);
    FloatVector c5 = init(c, co + cRows[i + 5], acc);
    FloatVector c6 = init(c, co + cRows[i + 6], acc);
    FloatVector c7 = init(c, co + cRows[i + 7], acc);
    for (int p = 0; p < k; p++) {
      int ap = aCols == null ? p : aCols[p];
      FloatVector v = FloatVector.fromArray(S, b, bo + bRows[p]);
      c0 = FloatVector.broadcast(S, a[a0 + ap]).fma(v, c0);
      c1 = FloatVector.broadcast(S, a[a1 + ap]).fma(v, c1);
      c2 = FloatVector.broadcast(S, a[a2 + ap]).fma(v, c2);
      c3 = FloatVector.broadcast(S, a[a3 + ap]).fma(v, c3);
      c4 = FloatVector.broadcast(S, a[a4 + ap]).fma(v, c4);
      c5 = FloatVector.broadcast(S, a[a5 + ap]).fma(v, c5);
      c6 = FloatVector.broadcast(S, a[a6 + ap]).fma(v, c6);
      c7 = FloatVector.broadcast(S, a[a7 + ap]).fma(v, c7);
    }
    c0.intoArray(c, co + cRows[i]);
    c1.intoArray(c, co + cRows[i + 1]);
    c2.intoArray(c, co + cRows[i + 2]);
    c3.intoArray(c, co + cRows[i + 3]);
    c4.intoArray(c, co + cRows[i + 4]);
    c5.intoArray(c, co + cRows[i + 5]);
    c6.intoArray(c, co + cRows[i + 6]);
    c7.intoArray(c, co + cRows[i + 7]);
  }

  private static void block1x2(float[] a, int ai, int[] aCols, float[] b, int bo, int[] bRows,
      float[] c,      int at, int k, boolean acc) {
    FloatVector c0 = init(c, at, acc);
    FloatVector c1 = init(c, at + L, acc);
    for (int p = 0; p < k; p++) {
      int ap = aCols == null ? p : aCols[p];
      int bp = bo + bRows[p];
      FloatVector v = FloatVector.broadcast(S, a[ai + ap]);
      c0 = v.fma(FloatVector.fromArray(S, b, bp), c0);
      c1 = v.fma(FloatVector.fromArray(S, b, bp + L), c1);
    }
    c0.intoArray(c, at);
    c1.intoArray(c, at + L);
  }

  private static void block1x1(float[] a, int ai, int[] aCols, float[] b, int bo, int[] bRows,
      float[] c,      int at, int k, boolean acc) {
    FloatVector c0 = init(c, at, acc);
    for (int p = 0; p < k; p++) {
      int ap = aCols == null ? p : aCols[p];
      c0 = FloatVector.broadcast(S, a[ai + ap]).fma(FloatVector.fromArray(S, b, bo + bRows[p]),
          c0);
    }
    c0.intoArray(c, at);
  }
}
