package gradlab.tensor;

import java.util.function.IntFunction;

/**
 * A tensor as a person reads it: {@code Tensor[2, 3] float64} and its elements, a matrix row by
 * row ({@code [[1, 2, 3],\n [4, 5, 6]]}), anything else in one line; at most {@link #MAX}
 * elements a line and {@link #MAX} rows, "…" for the rest. One text for Java's
 * {@link Tensor#toString()} and Python's tensors, which had printed a matrix flat.
 */
public final class TensorText {
  /** The most elements shown in a line, and the most rows shown. */
  public static final int MAX = 8;

  private TensorText() {}

  /**
   * @param dtype the element type's name as the language says it ({@code float64})
   * @param element the text of the element at a row-major index
   */
  public static String of(Tensor t, String dtype, IntFunction<String> element) {
    StringBuilder b = new StringBuilder("Tensor" + t.shape() + " " + dtype + " ");
    if (t.shape().rank() != 2) {
      return row(b, 0, t.size(), element).toString();
    }
    int rows = t.shape().dim(0);
    int cols = t.shape().dim(1);
    b.append('[');
    for (int r = 0; r < Math.min(rows, MAX); r++) {
      b.append(r == 0 ? "" : ",\n ");
      row(b, r * cols, cols, element);
    }
    return b.append(rows > MAX ? ",\n …]" : "]").toString();
  }

  private static StringBuilder row(StringBuilder b, int start, int n, IntFunction<String> element) {
    b.append('[');
    for (int i = 0; i < Math.min(n, MAX); i++) {
      b.append(i == 0 ? "" : ", ").append(element.apply(start + i));
    }
    return b.append(n > MAX ? ", …]" : "]");
  }
}
