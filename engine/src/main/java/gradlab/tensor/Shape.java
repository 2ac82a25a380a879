package gradlab.tensor;

import java.util.Arrays;

/**
 * The dimensions of a tensor, row-major (the last index varies fastest). Immutable.
 *
 * @param dims the extent of each axis; a scalar has none
 */
public record Shape(int[] dims) {
  public Shape {
    dims = dims.clone();
    for (int d : dims) {
      if (d < 0) {
        throw new ShapeMismatchException("negative dimension in " + Arrays.toString(dims));
      }
    }
  }

  /** A copy: the record must stay immutable. */
  @Override
  public int[] dims() {
    return dims.clone();
  }

  public static Shape of(int... dims) {
    return new Shape(dims);
  }

  public int rank() {
    return dims.length;
  }

  public int dim(int axis) {
    return dims[axis < 0 ? dims.length + axis : axis];
  }

  /** Number of elements. */
  public int size() {
    int n = 1;
    for (int d : dims) {
      n *= d;
    }
    return n;
  }

  /** Row-major strides in elements. */
  public int[] strides() {
    int[] s = new int[dims.length];
    int acc = 1;
    for (int i = dims.length - 1; i >= 0; i--) {
      s[i] = acc;
      acc *= dims[i];
    }
    return s;
  }

  /** The NumPy broadcast of two shapes, or an exception naming both. */
  public static Shape broadcast(Shape a, Shape b, String op) {
    int rank = Math.max(a.rank(), b.rank());
    int[] out = new int[rank];
    for (int i = 0; i < rank; i++) {
      int da = i < rank - a.rank() ? 1 : a.dims[i - (rank - a.rank())];
      int db = i < rank - b.rank() ? 1 : b.dims[i - (rank - b.rank())];
      if (da != db && da != 1 && db != 1) {
        throw new ShapeMismatchException(op + ": shapes " + a + " and " + b
            + " do not broadcast (axis " + i + ": " + da + " vs " + db + "); hint: "
            + "dimensions must be equal or 1, aligned from the right");
      }
      out[i] = Math.max(da, db);
    }
    return new Shape(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Shape s && Arrays.equals(dims, s.dims);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(dims);
  }

  @Override
  public String toString() {
    return Arrays.toString(dims);
  }
}
