package gradlab.polyglot;

import gradlab.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.Value;

/**
 * Guest values read as tensors: a number, a tensor, or a list of numbers nested to any depth
 * with rows of one length ({@code [[1, 2], [3, 4]]} is 2×2). A ragged list or a non-number says
 * where, in gradlab's words (GraalVM's said {@code Value.asDouble()}: user26).
 */
final class GuestArrays {
  private GuestArrays() {}

  /** The tensor a guest value stands for; a number is a 0-d tensor. */
  static Tensor tensor(Value v, String method) {
    if (v != null && v.isHostObject() && v.asHostObject() instanceof GuestTensor t) {
      return t.tensor();
    }
    if (v != null && v.isNumber()) {
      return Tensor.scalar(number(v, method));
    }
    List<Integer> dims = new ArrayList<>();
    List<Double> flat = new ArrayList<>();
    read(v, 0, dims, flat, method);
    double[] d = new double[flat.size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = flat.get(i);
    }
    return Tensor.of(d, dims.stream().mapToInt(Integer::intValue).toArray());
  }

  private static void read(Value v, int depth, List<Integer> dims, List<Double> flat,
      String method) {
    if (v != null && v.isHostObject() && v.asHostObject() instanceof GuestTensor t) {
      v = Value.asValue(t.tolist());
    }
    if (v == null || !v.hasArrayElements()) {
      throw new IllegalArgumentException(method + " expects numbers or lists of numbers, got "
          + describe(v));
    }
    int n = (int) v.getArraySize();
    if (depth == dims.size()) {
      if (!flat.isEmpty()) {
        throw new IllegalArgumentException(method + ": a row where a number was expected "
            + "(nesting depths differ)");
      }
      dims.add(n);
    } else if (dims.get(depth) != n) {
      throw new IllegalArgumentException(method + ": rows of different lengths (" + dims.get(
          depth) + " and " + n + " at depth " + (depth + 1) + "); a tensor's rows are all "
          + "one length");
    }
    for (long i = 0; i < n; i++) {
      Value e = v.getArrayElement(i);
      if (e.isNumber()) {
        if (depth + 1 != dims.size()) {
          throw new IllegalArgumentException(method + ": a number where a row was expected "
              + "(nesting depths differ)");
        }
        flat.add(number(e, method));
      } else {
        read(e, depth + 1, dims, flat, method);
      }
    }
  }

  /** True if every number in the guest value is an integer (NumPy's int64 array). */
  static boolean integers(Value v) {
    if (v == null) {
      return false;
    }
    if (v.isHostObject() && v.asHostObject() instanceof GuestTensor t) {
      return t.integral();
    }
    if (v.isNumber()) {
      return v.fitsInLong();
    }
    if (!v.hasArrayElements()) {
      return false;
    }
    for (long i = 0; i < v.getArraySize(); i++) {
      if (!integers(v.getArrayElement(i))) {
        return false;
      }
    }
    return true;
  }

  static double number(Value v, String method) {
    if (v == null || !v.isNumber() || !v.fitsInDouble() && !v.fitsInLong()) {
      throw new IllegalArgumentException(method + " expects a number, got " + describe(v));
    }
    return v.fitsInDouble() ? v.asDouble() : (double) v.asLong();
  }

  /** A guest value as the user wrote it, without GraalVM's class names. */
  static String describe(Value v) {
    if (v == null || v.isNull()) {
      return "None";
    }
    if (v.isString()) {
      return "the text '" + v.asString() + "'";
    }
    if (v.hasArrayElements()) {
      return "a list " + v;
    }
    return v.toString();
  }
}
