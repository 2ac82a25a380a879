package gradlab.tensor;

import java.util.function.DoubleBinaryOperator;

/** Broadcasting element-wise operations and their reverse (summing to a shape). */
final class Broadcast {
  private Broadcast() {}

  static Tensor zip(Tensor a, Tensor b, DoubleBinaryOperator op, String name) {
    Shape out = Shape.broadcast(a.shape(), b.shape(), name);
    DType type = DType.promote(a.dtype(), b.dtype());
    int n = out.size();
    if (type == DType.FLOAT32 && a.shape().equals(out) && b.shape().equals(out)) {
      // the same double op and the same rounding to float as below, without the double array
      float[] x = a.floats();
      float[] y = b.floats();
      float[] r = new float[n];
      for (int i = 0; i < n; i++) {
        r[i] = (float) op.applyAsDouble(x[i], y[i]);
      }
      return Tensor.wrap(out, r);
    }
    double[] r = new double[n];
    if (a.shape().equals(out) && b.shape().equals(out)) {
      for (int i = 0; i < n; i++) {
        r[i] = op.applyAsDouble(a.at(i), b.at(i));
      }
    } else if (b.size() == 1 && a.shape().equals(out)) {
      double y = b.at(0);
      for (int i = 0; i < n; i++) {
        r[i] = op.applyAsDouble(a.at(i), y);
      }
    } else if (a.size() == 1 && b.shape().equals(out)) {
      double x = a.at(0);
      for (int i = 0; i < n; i++) {
        r[i] = op.applyAsDouble(x, b.at(i));
      }
    } else {
      int[] ia = sourceIndex(a.shape(), out);
      int[] ib = sourceIndex(b.shape(), out);
      for (int i = 0; i < n; i++) {
        r[i] = op.applyAsDouble(a.at(ia[i]), b.at(ib[i]));
      }
    }
    Tensor t = Tensor.wrap(out, r);
    return type == DType.FLOAT32 ? t.to(DType.FLOAT32) : t;
  }

  /** For each flat index of {@code out}, the flat index of {@code src} it reads. */
  static int[] sourceIndex(Shape src, Shape out) {
    int rank = out.rank();
    int[] srcStrides = new int[rank];
    int[] s = src.strides();
    for (int i = 0; i < src.rank(); i++) {
      int axis = i + rank - src.rank();
      srcStrides[axis] = src.dim(i) == 1 ? 0 : s[i];
    }
    int[] outDims = out.dims();
    int[] idx = new int[out.size()];
    int[] counter = new int[rank];
    int flat = 0;
    for (int i = 0; i < idx.length; i++) {
      idx[i] = flat;
      for (int axis = rank - 1; axis >= 0; axis--) {
        counter[axis]++;
        flat += srcStrides[axis];
        if (counter[axis] < outDims[axis]) {
          break;
        }
        flat -= srcStrides[axis] * counter[axis];
        counter[axis] = 0;
      }
    }
    return idx;
  }

  static Tensor sumTo(Tensor t, Shape target) {
    if (t.shape().equals(target)) {
      return t;
    }
    Shape.broadcast(target, t.shape(), "sumTo");
    double[] r = new double[target.size()];
    int[] ix = sourceIndex(target, t.shape());
    for (int i = 0; i < ix.length; i++) {
      r[ix[i]] += t.at(i);
    }
    Tensor out = Tensor.wrap(target, r);
    return t.dtype() == DType.FLOAT32 ? out.to(DType.FLOAT32) : out;
  }
}
