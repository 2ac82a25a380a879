package gradlab.check;

/**
 * A formula of vectors and matrices as the matrix reading parses it ({@link MatrixParser}): names
 * whose shape is decided by {@link MatrixShapes}, and the operations of linear algebra. Values
 * are computed by {@link MatrixValues} at random matrices. Immutable.
 */
sealed interface MatrixExpr {
  /** A name as the text wrote it ({@code shown}), of the given kind. */
  record Name(String shown, Kind kind) implements MatrixExpr {}

  /** A number: a scalar, or (0 alone) a zero of any shape. */
  record Number(double value) implements MatrixExpr {}

  /** {@code e^⊤}. */
  record Transpose(MatrixExpr e) implements MatrixExpr {}

  /** {@code e^{-1}}: the inverse of a square matrix (or 1/e of a scalar). */
  record Inverse(MatrixExpr e) implements MatrixExpr {}

  /** Written side by side or with ·: a matrix product, or a scaling when a side is 1×1. */
  record Product(MatrixExpr left, MatrixExpr right) implements MatrixExpr {}

  /**
   * {@code left \cdot right}: of two column vectors their inner product (Parr and Howard's
   * {@code \mathbf{w} \cdot \mathbf{x}}), else as {@link Product}.
   */
  record Dot(MatrixExpr left, MatrixExpr right) implements MatrixExpr {}

  /** {@code left + right} ({@code negated}: left − right); a 1×1 side is added to each entry. */
  record Sum(MatrixExpr left, MatrixExpr right, boolean negated) implements MatrixExpr {}

  /** {@code −e}. */
  record Negation(MatrixExpr e) implements MatrixExpr {}

  /** {@code left / right} with a 1×1 right side. */
  record Quotient(MatrixExpr left, MatrixExpr right) implements MatrixExpr {}

  /** {@code left ⊙ right}: entry by entry. */
  record Hadamard(MatrixExpr left, MatrixExpr right) implements MatrixExpr {}

  /** {@code ‖e‖²} ({@code squared}) or {@code ‖e‖}: the Euclidean (Frobenius) norm. */
  record Norm(MatrixExpr e, boolean squared) implements MatrixExpr {}

  /** {@code e^k} of a 1×1 e (a whole power). */
  record Power(MatrixExpr e, int exponent) implements MatrixExpr {}

  /** A function applied entry by entry (σ, exp, log, tanh, √), or softmax of a column vector. */
  record Apply(String function, MatrixExpr e) implements MatrixExpr {}

  /** ∂f/∂x, ∇ₓf, ∂ₓf: the gradient of a 1×1 f, shaped as the name x. */
  record Gradient(MatrixExpr f, Name wrt) implements MatrixExpr {}

  /** How a name's shape may be read. */
  enum Kind {
    /** Bold lowercase, or a letter transposed: a column vector n×1. */
    VECTOR,
    /** A capital: a matrix r×c. */
    MATRIX,
    /** A plain lowercase or Greek letter: a scalar or a column vector, tried both ways. */
    OPEN
  }
}
