package gradlab.tensor;

/**
 * Sums and means of a tensor, whole or along one axis (the axis is removed, as NumPy's
 * {@code keepdims=False}; a negative axis counts from the last, −1 being the last). Each value
 * is accumulated in double precision and the result has the input's dtype. Stateless; the
 * inputs are not modified.
 */
public final class Reductions {
  private Reductions() {}

  /** The mean of every element, Σ xᵢ / n; an empty tensor has none and is an error. */
  public static double mean(Tensor x) {
    if (x.size() == 0) {
      throw new ShapeMismatchException("mean: tensor of shape " + x.shape() + " has no values; "
          + "the mean of nothing is undefined");
    }
    return x.sum() / x.size();
  }

  /** {@code out[i, k] = Σ_j x[i, j, k]} over {@code axis} j. */
  public static Tensor sum(Tensor x, int axis) {
    return reduce(x, axis, "sum", false);
  }

  /** {@code out[i, k] = (1/n) Σ_j x[i, j, k]} over {@code axis} j of length n ≥ 1. */
  public static Tensor mean(Tensor x, int axis) {
    return reduce(x, axis, "mean", true);
  }

  private static Tensor reduce(Tensor x, int axis, String op, boolean mean) {
    int rank = x.shape().rank();
    if (axis < -rank || axis >= rank) {
      throw new ShapeMismatchException(op + ": axis " + axis + " is out of range for shape "
          + x.shape() + (rank == 0 ? "; hint: a scalar has no axes, use " + op + "()"
          : " (axes 0 to " + (rank - 1) + ", or −" + rank + " to −1)"));
    }
    int a = axis < 0 ? rank + axis : axis;
    int[] dims = x.shape().dims();
    int n = dims[a];
    if (mean && n == 0) {
      throw new ShapeMismatchException("mean: axis " + axis + " of shape " + x.shape()
          + " has no values; the mean of nothing is undefined");
    }
    int outer = 1;
    for (int i = 0; i < a; i++) {
      outer *= dims[i];
    }
    int inner = 1;
    for (int i = a + 1; i < rank; i++) {
      inner *= dims[i];
    }
    int[] outDims = new int[rank - 1];
    for (int i = 0, k = 0; i < rank; i++) {
      if (i != a) {
        outDims[k++] = dims[i];
      }
    }
    double[] out = new double[outer * inner];
    for (int o = 0; o < outer; o++) {
      for (int j = 0; j < n; j++) {
        int base = (o * n + j) * inner;
        for (int i = 0; i < inner; i++) {
          out[o * inner + i] += x.at(base + i);
        }
      }
    }
    if (mean) {
      for (int i = 0; i < out.length; i++) {
        out[i] /= n;
      }
    }
    return Tensor.wrap(Shape.of(outDims), out).to(x.dtype());
  }
}
