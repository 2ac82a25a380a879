package gradlab.tensor;

import java.util.Random;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * An immutable n-d array of float32 or float64 values, row-major. Operations return new
 * tensors; nothing here mutates an existing one.
 */
public final class Tensor {
  private final Shape shape;
  private final DType dtype;
  private final double[] d;
  private final float[] f;

  private Tensor(Shape shape, double[] d, float[] f) {
    this.shape = shape;
    this.d = d;
    this.f = f;
    this.dtype = d != null ? DType.FLOAT64 : DType.FLOAT32;
    int n = d != null ? d.length : f.length;
    if (n != shape.size()) {
      throw new ShapeMismatchException("data has " + n + " values but shape " + shape
          + " needs " + shape.size());
    }
  }

  /** float64 tensor over a copy of {@code data}. */
  public static Tensor of(double[] data, int... dims) {
    return new Tensor(Shape.of(dims), data.clone(), null);
  }

  /** float32 tensor over a copy of {@code data}. */
  public static Tensor ofFloats(float[] data, int... dims) {
    return new Tensor(Shape.of(dims), null, data.clone());
  }

  /** Wraps without copying; the caller gives up the array. */
  static Tensor wrap(Shape shape, double[] data) {
    return new Tensor(shape, data, null);
  }

  static Tensor wrap(Shape shape, float[] data) {
    return new Tensor(shape, null, data);
  }

  static Tensor zerosLike(Shape shape, DType type) {
    return type == DType.FLOAT64 ? wrap(shape, new double[shape.size()])
        : wrap(shape, new float[shape.size()]);
  }

  public static Tensor scalar(double v) {
    return wrap(Shape.of(), new double[] {v});
  }

  public static Tensor zeros(DType type, int... dims) {
    return zerosLike(Shape.of(dims), type);
  }

  public static Tensor full(double v, DType type, int... dims) {
    Tensor t = zeros(type, dims);
    return t.map(x -> v);
  }

  /** Independent N(0, std²) values from the seeded generator. */
  public static Tensor randn(Random random, double std, DType type, int... dims) {
    Shape s = Shape.of(dims);
    double[] v = new double[s.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = random.nextGaussian() * std;
    }
    return wrap(s, v).to(type);
  }

  /** Independent U(low, high) values from the seeded generator. */
  public static Tensor uniform(Random random, double low, double high, DType type, int... dims) {
    Shape s = Shape.of(dims);
    double[] v = new double[s.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = low + (high - low) * random.nextDouble();
    }
    return wrap(s, v).to(type);
  }

  public Shape shape() {
    return shape;
  }

  public DType dtype() {
    return dtype;
  }

  public int size() {
    return shape.size();
  }

  /** Element at a flat row-major index. */
  public double at(int flat) {
    return d != null ? d[flat] : f[flat];
  }

  public double get(int... index) {
    int[] strides = shape.strides();
    if (index.length != strides.length) {
      throw new ShapeMismatchException("get: " + index.length + " indices for shape " + shape);
    }
    int flat = 0;
    for (int i = 0; i < index.length; i++) {
      if (index[i] < 0 || index[i] >= shape.dim(i)) {
        throw new IndexOutOfBoundsException("index " + index[i] + " on axis " + i
            + " of shape " + shape);
      }
      flat += index[i] * strides[i];
    }
    return at(flat);
  }

  /** The only value of a one-element tensor. */
  public double item() {
    if (size() != 1) {
      throw new ShapeMismatchException("item: tensor of shape " + shape + " has " + size()
          + " values; hint: reduce it first, e.g. sum()");
    }
    return at(0);
  }

  /** A copy of the values as doubles. */
  public double[] toDoubleArray() {
    if (d != null) {
      return d.clone();
    }
    double[] out = new double[f.length];
    for (int i = 0; i < f.length; i++) {
      out[i] = f[i];
    }
    return out;
  }

  /** The float64 array itself, for kernels in this package. */
  double[] doubles() {
    return d != null ? d : toDoubleArray();
  }

  float[] floats() {
    if (f != null) {
      return f;
    }
    float[] out = new float[d.length];
    for (int i = 0; i < d.length; i++) {
      out[i] = (float) d[i];
    }
    return out;
  }

  public Tensor to(DType type) {
    if (type == dtype) {
      return this;
    }
    return type == DType.FLOAT64 ? wrap(shape, toDoubleArray()) : wrap(shape, floats());
  }

  public Tensor reshape(int... dims) {
    Shape s = Shape.of(dims);
    if (s.size() != size()) {
      throw new ShapeMismatchException("reshape: cannot view " + shape + " (" + size()
          + " values) as " + s + " (" + s.size() + ")");
    }
    return d != null ? new Tensor(s, d, null) : new Tensor(s, null, f);
  }

  /** Elements {@code from} (inclusive) to {@code to} (exclusive) along axis 0. */
  public Tensor slice(int from, int to) {
    int n = shape.dim(0);
    if (from < 0 || to > n || from > to) {
      throw new IndexOutOfBoundsException("slice [" + from + ", " + to + ") of axis 0 with "
          + n + " entries");
    }
    int[] dims = shape.dims();
    int inner = size() / Math.max(1, n);
    dims[0] = to - from;
    Shape s = Shape.of(dims);
    return d != null
        ? wrap(s, java.util.Arrays.copyOfRange(d, from * inner, to * inner))
        : wrap(s, java.util.Arrays.copyOfRange(f, from * inner, to * inner));
  }

  public Tensor map(DoubleUnaryOperator op) {
    if (d != null) {
      double[] out = new double[d.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = op.applyAsDouble(d[i]);
      }
      return wrap(shape, out);
    }
    float[] out = new float[f.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) op.applyAsDouble(f[i]);
    }
    return wrap(shape, out);
  }

  /** Element-wise op with broadcasting. */
  public static Tensor zip(Tensor a, Tensor b, DoubleBinaryOperator op, String name) {
    return Broadcast.zip(a, b, op, name);
  }

  public Tensor add(Tensor o) {
    return zip(this, o, Double::sum, "add");
  }

  public Tensor sub(Tensor o) {
    return zip(this, o, (x, y) -> x - y, "sub");
  }

  public Tensor mul(Tensor o) {
    return zip(this, o, (x, y) -> x * y, "mul");
  }

  public Tensor scale(double c) {
    return map(x -> x * c);
  }

  public double sum() {
    double s = 0;
    for (int i = 0; i < size(); i++) {
      s += at(i);
    }
    return s;
  }

  /** The mean of every element ({@link Reductions#mean(Tensor)}). */
  public double mean() {
    return Reductions.mean(this);
  }

  /** The sums along {@code axis}, which is removed; −1 is the last ({@link Reductions}). */
  public Tensor sum(int axis) {
    return Reductions.sum(this, axis);
  }

  /** The means along {@code axis}, which is removed; −1 is the last ({@link Reductions}). */
  public Tensor mean(int axis) {
    return Reductions.mean(this, axis);
  }

  /** Sums broadcast axes away so the result has {@code target} shape (the reverse of broadcasting). */
  public Tensor sumTo(Shape target) {
    return Broadcast.sumTo(this, target);
  }

  public Tensor matmul(Tensor o) {
    return Kernels.matmul(this, o);
  }

  /** thisᵀ · o, without forming the transpose in float32 (see {@link Kernels#transposeMatmul}). */
  public Tensor transposeMatmul(Tensor o) {
    return Kernels.transposeMatmul(this, o);
  }

  /** Transpose of a 2-d tensor. */
  public Tensor transpose() {
    return Kernels.transpose(this);
  }

  public boolean hasNonFinite() {
    if (f != null) {
      for (float v : f) {
        if (!Float.isFinite(v)) {
          return true;
        }
      }
      return false;
    }
    for (int i = 0; i < size(); i++) {
      if (!Double.isFinite(at(i))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return TensorText.of(this, dtype.name().toLowerCase(java.util.Locale.ROOT),
        i -> String.format(java.util.Locale.ROOT, "%.6g", at(i)));
  }
}
