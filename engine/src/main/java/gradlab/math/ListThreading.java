package gradlab.math;

import java.util.List;
import java.util.Optional;

/**
 * The lists among the operands of {@code +} or {@code *}, which the algebra engine combines
 * element by element (Mathematica's rule): lists pair up item by item, so their lengths must
 * agree, and a matrix meets a vector row by row, {@code {{1, 2}, {3, 4}} * {10, 20}} being
 * {@code {{10, 20}, {60, 80}}}, where NumPy broadcasts over the columns. A length mismatch was a
 * numbered result with the engine's own "Thread:" note, and the row rule was silent (user26).
 * Pure.
 */
public final class ListThreading {
  private ListThreading() {}

  /**
   * Checks the list operands of {@code op} ("+" or "*").
   *
   * @return a one-line note when a matrix meets a vector, which NumPy would pair differently
   * @throws IllegalArgumentException naming both lengths when two lists cannot be paired
   */
  public static Optional<String> check(List<Expression> operands, String op) {
    ExprList first = null;
    boolean rowsMeetItems = false;
    for (Expression e : operands) {
      if (!(e instanceof ExprList l)) {
        continue;
      }
      if (first == null) {
        first = l;
        continue;
      }
      rowsMeetItems |= pair(first, l, op);
    }
    if (!rowsMeetItems) {
      return Optional.empty();
    }
    String verb = op.equals("*") ? "times" : "plus";
    return Optional.of("a matrix meets a vector element by element row by row here (row i " + verb
        + " item i, as in Mathematica); NumPy pairs the vector with the columns instead"
        + (op.equals("*") ? "; the matrix product is dot(A, v)" : ""));
  }

  /** True if a row of one meets a number of the other at the top level. */
  private static boolean pair(ExprList a, ExprList b, String op) {
    int n = a.items().size();
    int m = b.items().size();
    if (n != m) {
      String verb = op.equals("*") ? "multiplied" : "added";
      throw new IllegalArgumentException("lists of lengths " + n + " and " + m + " cannot be "
          + verb + " element by element" + (depth(a) != depth(b) ? " (a list pairs each row "
          + "of a matrix with one item, so the vector needs one item per row)" : "")
          + (op.equals("*") ? "; hint: the matrix product is dot(A, B)" : ""));
    }
    boolean rowMeetsItem = false;
    for (int i = 0; i < n; i++) {
      Expression x = a.items().get(i);
      Expression y = b.items().get(i);
      if (x instanceof ExprList xl && y instanceof ExprList yl) {
        pair(xl, yl, op);
      } else if (x instanceof ExprList || y instanceof ExprList) {
        rowMeetsItem = true;
      }
    }
    return rowMeetsItem;
  }

  private static int depth(ExprList l) {
    int d = 1;
    for (Expression e : l.items()) {
      if (e instanceof ExprList inner) {
        d = Math.max(d, 1 + depth(inner));
      }
    }
    return d;
  }
}
