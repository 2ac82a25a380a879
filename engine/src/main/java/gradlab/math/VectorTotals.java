package gradlab.math;

/**
 * The sum of a vector, {@code sum([1, 2, 3])} or {@code sum(v^2)} of a vector v: its entries
 * added, as a new user (and Python) reads it. A matrix is refused: "the sum of a matrix" is read
 * column by column by some systems and over every entry by others. The one place that adds a
 * vector's entries; before, the parser's call resolution and the engine's list totals each did
 * it their own way (the review of the twenty-fifth round). Stateless.
 */
public final class VectorTotals {
  private VectorTotals() {}

  /** Whether {@code l} is a vector: no entry is itself a list. */
  public static boolean isVector(ExprList l) {
    return l.items().stream().noneMatch(ExprList.class::isInstance);
  }

  /**
   * The entries of {@code l} added; {@code name} is the call as typed (sum or Sum), for the
   * message that refuses a matrix.
   */
  public static Expression of(String name, ExprList l) {
    if (!isVector(l)) {
      throw new IllegalArgumentException(name + " of a matrix is not defined here (by "
          + "columns or over every entry?); hint: write the entries as one vector, as " + name
          + "([1, 2, 3, 4])");
    }
    return Algebra.sum(l.items());
  }
}
