package gradlab.check;

import java.util.Map;
import org.ejml.data.DMatrixRMaj;

/**
 * Whether a matrix expression's operations are defined at the values given for its names
 * ({@link NumericMatrixClaims}): {@link MatrixValues} takes a power or a quotient of a matrix at
 * its first entry and adds a row to a column entry by entry, which a step worked out at stated
 * values must not rely on (`W^2 = 1` and `\mathbf{w} + \mathbf{w}^T = (2, -4)` were decided).
 * Stateless.
 */
final class StatedShapes {
  private StatedShapes() {}

  /**
   * Whether every operation of {@code e} is defined for its operands' shapes: a power or a
   * quotient of a number only (of a matrix, MatrixValues takes the first entry), a sum or ⊙ of
   * equal shapes or with a number. Products are checked by EJML as they are taken.
   */
  static boolean fits(MatrixExpr e, Map<String, DMatrixRMaj> values) {
    return switch (e) {
      case MatrixExpr.Power p -> one(p.e(), values) && fits(p.e(), values);
      case MatrixExpr.Quotient q -> one(q.right(), values) && fits(q.left(), values)
          && fits(q.right(), values);
      case MatrixExpr.Sum q -> alike(q.left(), q.right(), values, true);
      case MatrixExpr.Hadamard q -> alike(q.left(), q.right(), values, false);
      case MatrixExpr.Product q -> fits(q.left(), values) && fits(q.right(), values);
      case MatrixExpr.Dot q -> fits(q.left(), values) && fits(q.right(), values);
      case MatrixExpr.Transpose t -> fits(t.e(), values);
      case MatrixExpr.Inverse t -> fits(t.e(), values);
      case MatrixExpr.Negation t -> fits(t.e(), values);
      case MatrixExpr.Norm t -> fits(t.e(), values);
      case MatrixExpr.Apply t -> fits(t.e(), values);
      case MatrixExpr.Gradient g -> false;
      case MatrixExpr.Name n -> true;
      case MatrixExpr.Number n -> true;
    };
  }

  private static boolean one(MatrixExpr e, Map<String, DMatrixRMaj> values) {
    return MatrixValues.value(e, values).getNumElements() == 1;
  }

  private static boolean alike(MatrixExpr a, MatrixExpr b, Map<String, DMatrixRMaj> values,
      boolean numberAllowed) {
    if (!fits(a, values) || !fits(b, values)) {
      return false;
    }
    DMatrixRMaj l = MatrixValues.value(a, values);
    DMatrixRMaj r = MatrixValues.value(b, values);
    return l.numRows == r.numRows && l.numCols == r.numCols
        || numberAllowed && (l.getNumElements() == 1 || r.getNumElements() == 1);
  }
}
