package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A function of vectors the text defines ({@code f(\mathbf{x}) = \frac{1}{2} \mathbf{x}^\top
 * \mathbf{Q} \mathbf{x} + \mathbf{c}^\top \mathbf{x} + b}, d2l's {@code a(\mathbf{q},
 * \mathbf{k}_i) = -\frac{1}{2}\|\mathbf{q} - \mathbf{k}_i\|^2}, {@code L(\mathbf{w}, b)}): its
 * parameters (as the matrix reading shows them) and its body, parsed with the parameters as
 * plain names. An application {@code f(\bar{\mathbf{x}})} is the body with each parameter
 * replaced by its argument ({@link #applied}). Immutable.
 */
record MatrixFunction(List<MatrixExpr.Name> parameters, MatrixExpr body) {
  MatrixFunction {
    parameters = List.copyOf(parameters);
  }

  /** The body with the parameters replaced by {@code arguments} (as many as parameters). */
  MatrixExpr applied(List<MatrixExpr> arguments) {
    if (arguments.size() != parameters.size()) {
      throw new UnsupportedLatexException("matrix reading: a function of " + parameters.size()
          + " arguments applied to " + arguments.size());
    }
    Map<String, MatrixExpr> by = new java.util.HashMap<>();
    for (int k = 0; k < arguments.size(); k++) {
      by.put(parameters.get(k).shown(), arguments.get(k));
    }
    return substituted(body, by);
  }

  /** {@code e} with each name in {@code by} replaced. */
  static MatrixExpr substituted(MatrixExpr e, Map<String, MatrixExpr> by) {
    return switch (e) {
      case MatrixExpr.Name n -> by.getOrDefault(n.shown(), n);
      case MatrixExpr.Number n -> n;
      case MatrixExpr.Transpose t -> new MatrixExpr.Transpose(substituted(t.e(), by));
      case MatrixExpr.Inverse t -> new MatrixExpr.Inverse(substituted(t.e(), by));
      case MatrixExpr.Negation t -> new MatrixExpr.Negation(substituted(t.e(), by));
      case MatrixExpr.Norm t -> new MatrixExpr.Norm(substituted(t.e(), by), t.squared());
      case MatrixExpr.Power t -> new MatrixExpr.Power(substituted(t.e(), by), t.exponent());
      case MatrixExpr.Apply t -> new MatrixExpr.Apply(t.function(), substituted(t.e(), by));
      case MatrixExpr.Gradient g -> {
        MatrixExpr wrt = substituted(g.wrt(), by);
        if (!(wrt instanceof MatrixExpr.Name n)) { // ∂ with respect to a parameter given a formula
          throw new UnsupportedLatexException("matrix reading: a derivative with respect to a "
              + "formula");
        }
        yield new MatrixExpr.Gradient(substituted(g.f(), by), n);
      }
      case MatrixExpr.Product p -> new MatrixExpr.Product(substituted(p.left(), by),
          substituted(p.right(), by));
      case MatrixExpr.Dot p -> new MatrixExpr.Dot(substituted(p.left(), by),
          substituted(p.right(), by));
      case MatrixExpr.Sum p -> new MatrixExpr.Sum(substituted(p.left(), by),
          substituted(p.right(), by), p.negated());
      case MatrixExpr.Quotient p -> new MatrixExpr.Quotient(substituted(p.left(), by),
          substituted(p.right(), by));
      case MatrixExpr.Hadamard p -> new MatrixExpr.Hadamard(substituted(p.left(), by),
          substituted(p.right(), by));
    };
  }

  /** The arguments written inside a function's brackets, split at their own commas. */
  static List<String> arguments(String inside) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int k = 0; k < inside.length(); k++) {
      char ch = inside.charAt(k);
      if (ch == '(' || ch == '{' || ch == '[') {
        depth++;
      } else if (ch == ')' || ch == '}' || ch == ']') {
        depth--;
      } else if (ch == ',' && depth == 0) {
        out.add(inside.substring(start, k));
        start = k + 1;
      }
    }
    out.add(inside.substring(start));
    return out;
  }
}
