package gradlab.polyglot;

import gradlab.tensor.Tensor;
import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;

/**
 * A tensor as guest scripts see it. Element-wise {@code add}, {@code sub}, {@code mul} and
 * {@code div} take a number, a tensor or a (nested) list and broadcast as NumPy does; in Python
 * the operators {@code + - * / @}, indexing, {@code len}, iteration, {@code .T} and {@code
 * .shape} (a tuple) are these methods ({@code GuestPython}). A failed operation raises the
 * guest's exception with gradlab's message.
 */
public final class GuestTensor {
  private final Tensor t;
  private final boolean integral;
  private final GuestErrors errors;

  /**
   * @param integral made of integers, as NumPy's int64 arrays: elements read back as integers
   *     while + − * and ** by integers keep them so
   */
  GuestTensor(Tensor t, boolean integral, GuestErrors errors) {
    this.t = t;
    this.integral = integral;
    this.errors = errors;
  }

  Tensor tensor() {
    return t;
  }

  boolean integral() {
    return integral;
  }

  private Object element(int flat) {
    double v = t.at(flat);
    return integral && v == Math.rint(v) && Math.abs(v) < 0x1p53 ? (Object) (long) v : v;
  }

  /** The dimensions, as a guest array ({@code (2, 3)} in Python's {@code .shape}). */
  @HostAccess.Export
  public ProxyArray shape() {
    return ProxyArray.fromArray(Arrays.stream(t.shape().dims()).boxed().toArray());
  }

  /** "int64" for a tensor of integers, else the storage: "float64" or "float32". */
  @HostAccess.Export
  public String dtype() {
    return integral ? "int64" : t.dtype().name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The element at a flat row-major index. */
  @HostAccess.Export
  public double at(int flat) {
    return errors.call(() -> t.at(flat));
  }

  /** All elements, row-major, as a flat guest array. */
  @HostAccess.Export
  public ProxyArray values() {
    Object[] v = new Object[t.size()];
    Arrays.setAll(v, this::element);
    return ProxyArray.fromArray(v);
  }

  /** The elements as nested guest arrays, one level per dimension. */
  @HostAccess.Export
  public Object tolist() {
    if (t.shape().rank() == 0) {
      return element(0);
    }
    Object[] rows = new Object[t.shape().dim(0)];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = t.shape().rank() == 1 ? element(i) : row(i).tolist();
    }
    return ProxyArray.fromArray(rows);
  }

  /** The length of the first axis ({@code len(t)}). */
  @HostAccess.Export
  public int length() {
    return errors.call(() -> {
      if (t.shape().rank() == 0) {
        throw new IllegalArgumentException("a 0-d tensor has no length");
      }
      return t.shape().dim(0);
    });
  }

  /** Entry {@code i} of the first axis (negative counts from the end): a number or a row. */
  @HostAccess.Export
  public Object item(int i) {
    return errors.call(() -> {
      int n = length();
      int k = i < 0 ? i + n : i;
      if (k < 0 || k >= n) {
        throw new IndexOutOfBoundsException("index " + i + " is out of range for axis 0 with "
            + n + " entries");
      }
      return t.shape().rank() == 1 ? element(k) : row(k);
    });
  }

  private GuestTensor row(int k) {
    int[] dims = t.shape().dims();
    return new GuestTensor(t.slice(k, k + 1).reshape(Arrays.copyOfRange(dims, 1, dims.length)),
        integral, errors);
  }

  @HostAccess.Export
  public GuestTensor add(Value other) {
    return combine("add", other, false);
  }

  @HostAccess.Export
  public GuestTensor sub(Value other) {
    return combine("sub", other, false);
  }

  @HostAccess.Export
  public GuestTensor mul(Value other) {
    return combine("mul", other, false);
  }

  @HostAccess.Export
  public GuestTensor div(Value other) {
    return combine("div", other, false);
  }

  /**
   * Element-wise {@code op} ("add", "sub", "mul", "div", "pow") with broadcasting; {@code
   * reflected}: other op this (Python's {@code 2 - t}). A number keeps this tensor's dtype.
   */
  @HostAccess.Export
  public GuestTensor combine(String op, Value other, boolean reflected) {
    return errors.call(() -> {
      DoubleBinaryOperator f = switch (op) {
        case "add" -> Double::sum;
        case "sub" -> (x, y) -> x - y;
        case "mul" -> (x, y) -> x * y;
        case "div" -> (x, y) -> x / y;
        case "pow" -> Math::pow;
        default -> throw new IllegalArgumentException("no element-wise operation " + op);
      };
      DoubleBinaryOperator g = reflected ? (x, y) -> f.applyAsDouble(y, x) : f;
      boolean ints = integral && !op.equals("div") && GuestArrays.integers(other)
          && !(op.equals("pow") && (reflected || !nonNegative(other)));
      if (other != null && other.isNumber()) {
        double c = GuestArrays.number(other, op);
        return new GuestTensor(t.map(x -> g.applyAsDouble(x, c)), ints, errors);
      }
      Tensor o = GuestArrays.tensor(other, "tensor " + op);
      return new GuestTensor(Tensor.zip(t, o, g, op), ints, errors);
    });
  }

  private static boolean nonNegative(Value v) {
    return v.isNumber() && v.fitsInLong() && v.asLong() >= 0;
  }

  /**
   * The matrix product ({@code @} in Python); a list is read as a tensor. As in NumPy, a vector
   * on the right is a column and on the left a row, and the result drops that axis; two
   * vectors give their dot product, a number.
   */
  @HostAccess.Export
  public Object matmul(Value other) {
    return errors.call(() -> {
      Tensor o = GuestArrays.tensor(other, "matmul");
      boolean ints = integral && GuestArrays.integers(other);
      int ra = t.shape().rank();
      int rb = o.shape().rank();
      Tensor a = ra == 1 ? t.reshape(1, t.size()) : t;
      Tensor b = rb == 1 ? o.reshape(o.size(), 1) : o;
      Tensor p = a.matmul(b);
      if (ra == 1 && rb == 1) {
        return new GuestTensor(p.reshape(), ints, errors).tolist();
      }
      if (ra == 1 || rb == 1) {
        p = p.reshape(p.size());
      }
      return new GuestTensor(p, ints, errors);
    });
  }

  /** The transpose of a matrix; a vector is its own transpose (as in NumPy). */
  @HostAccess.Export
  public GuestTensor transpose() {
    return errors.call(() -> t.shape().rank() < 2 ? this : new GuestTensor(t.transpose(),
        integral, errors));
  }

  @HostAccess.Export
  public Object sum() {
    double s = t.sum();
    return integral && Math.abs(s) < 0x1p53 ? (Object) (long) s : s;
  }

  @HostAccess.Export
  public double mean() {
    return errors.call(() -> {
      if (t.size() == 0) {
        throw new IllegalArgumentException("the mean of an empty tensor is undefined");
      }
      return t.sum() / t.size();
    });
  }

  /**
   * {@code Tensor[2, 3] int64 [[1, 2, 3],\n [4, 5, 6]]} for integers; otherwise every element with the digits
   * that read it back in its dtype (float32's 1.0E8 beside float64's 1.00000001E8), which six
   * significant digits hid (user26 F11).
   */
  @Override
  @HostAccess.Export
  public String toString() {
    // a matrix row by row, as Java shows it (TensorText); it was printed flat
    return gradlab.tensor.TensorText.of(t, dtype(), i -> {
      Object e = element(i);
      return e instanceof Long ? e.toString()
          : t.dtype() == gradlab.tensor.DType.FLOAT32 ? Float.toString((float) t.at(i))
          : Double.toString(t.at(i));
    });
  }
}
