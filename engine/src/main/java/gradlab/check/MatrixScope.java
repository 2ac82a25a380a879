package gradlab.check;

import java.util.Map;

/**
 * What the matrix reading puts in for the text's names while it parses ({@link MatrixParser}):
 * the names the text defines through vectors and matrices ({@code \mathbf{o} = \mathbf{W}
 * \mathbf{h}}) and the functions it defines of vectors ({@code f(\mathbf{x}) = \frac{1}{2}
 * \mathbf{x}^\top \mathbf{Q} \mathbf{x}}, {@code a(\mathbf{q}, \mathbf{k}_i) = \ldots}).
 * Immutable.
 */
record MatrixScope(Map<String, MatrixExpr> names, Map<String, MatrixFunction> functions) {
  MatrixScope {
    names = Map.copyOf(names);
    functions = Map.copyOf(functions);
  }

  /** Names only, no functions. */
  static MatrixScope of(Map<String, MatrixExpr> names) {
    return new MatrixScope(names, Map.of());
  }
}
