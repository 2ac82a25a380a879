package gradlab.check;

import java.util.Map;
import java.util.function.Supplier;

/**
 * Derivatives in the matrix reading: {@code \frac{\partial f}{\partial \mathbf{W}}}, the
 * operator form {@code \frac{\partial}{\partial \mathbf{w}} f}, {@code \partial_{\mathbf{w}} f}
 * and {@code \nabla_{\mathbf{w}} f} are the gradient of a 1×1 f with respect to a named vector
 * or matrix, shaped as that name (the layout d2l, CS231n and Parr &amp; Howard's gradients use).
 * A derivative of a formula that does not contain the name (J where the text gives J no
 * definition through W) is refused, never read as 0. Other fractions are quotients. Stateless.
 */
final class MatrixDerivatives {
  private MatrixDerivatives() {}

  /** {@code \frac{num}{den}}; {@code rest} parses what an operator ∂/∂x applies to. */
  static MatrixExpr fraction(String num, String den, Supplier<MatrixExpr> rest,
      MatrixScope definitions) {
    String n = num.strip();
    String d = den.strip();
    if (n.startsWith("\\partial") && !n.startsWith("\\partial_")) {
      if (!d.startsWith("\\partial")) {
        throw new UnsupportedLatexException("matrix reading: ∂ over something other than ∂x");
      }
      MatrixExpr wrt = MatrixParser.parse(d.substring("\\partial".length()), Map.of());
      String f = n.substring("\\partial".length()).strip();
      return gradient(f.isEmpty() ? rest.get() : MatrixParser.parse(f, definitions), wrt);
    }
    if (n.matches("d\\s*[^a-z].*|d") || n.startsWith("\\mathrm{d}")) {
      throw new UnsupportedLatexException("matrix reading: d/dx of vectors or matrices");
    }
    return new MatrixExpr.Quotient(MatrixParser.parse(n, definitions),
        MatrixParser.parse(d, definitions));
  }

  /** The gradient of {@code f} with respect to {@code wrt}, which must be a name in f. */
  static MatrixExpr gradient(MatrixExpr f, MatrixExpr wrt) {
    if (!(wrt instanceof MatrixExpr.Name name)) {
      throw new UnsupportedLatexException("matrix reading: a derivative with respect to a "
          + "formula");
    }
    if (!mentions(f, name.shown())) {
      throw new UnsupportedLatexException("matrix reading: a derivative with respect to "
          + name.shown() + " of a formula that the text does not define through "
          + name.shown());
    }
    return new MatrixExpr.Gradient(f, name);
  }

  /** Whether {@code e} contains the name {@code shown}. */
  static boolean mentions(MatrixExpr e, String shown) {
    return switch (e) {
      case MatrixExpr.Name n -> n.shown().equals(shown);
      case MatrixExpr.Number n -> false;
      case MatrixExpr.Transpose t -> mentions(t.e(), shown);
      case MatrixExpr.Inverse t -> mentions(t.e(), shown);
      case MatrixExpr.Negation t -> mentions(t.e(), shown);
      case MatrixExpr.Norm t -> mentions(t.e(), shown);
      case MatrixExpr.Power t -> mentions(t.e(), shown);
      case MatrixExpr.Apply t -> mentions(t.e(), shown);
      case MatrixExpr.Gradient g -> mentions(g.f(), shown);
      case MatrixExpr.Product p -> mentions(p.left(), shown) || mentions(p.right(), shown);
      case MatrixExpr.Dot p -> mentions(p.left(), shown) || mentions(p.right(), shown);
      case MatrixExpr.Sum p -> mentions(p.left(), shown) || mentions(p.right(), shown);
      case MatrixExpr.Quotient p -> mentions(p.left(), shown) || mentions(p.right(), shown);
      case MatrixExpr.Hadamard p -> mentions(p.left(), shown) || mentions(p.right(), shown);
    };
  }
}
