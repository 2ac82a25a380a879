package gradlab.symbolic;

import gradlab.math.Environment;
import gradlab.math.ExprList;
import gradlab.math.Expression;
import gradlab.math.NodeCount;
import gradlab.math.Numeric;
import gradlab.math.Symbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Numeric eigenvalues shown simplified, each checked before it is shown: eigenvalues({{2, 1},
 * {1, 4}}) printed (6 ± 2√2)/2 for 3 ± √2 (found by a new user, user37). A simplified value
 * replaces one only when it has no free names, is smaller, and equals it to 12 digits; else the
 * library's value stays. Stateless.
 */
final class SimplifiedEigenvalues {
  private SimplifiedEigenvalues() {}

  /** {@code values} with each constant item simplified by {@code simplify} where it checks. */
  static Expression of(Expression values, UnaryOperator<Expression> simplify) {
    if (!(values instanceof ExprList l)) {
      return values;
    }
    List<Expression> out = new ArrayList<>();
    for (Expression e : l.items()) {
      out.add(simplified(e, simplify));
    }
    return new ExprList(out);
  }

  private static Expression simplified(Expression e, UnaryOperator<Expression> simplify) {
    if (!Symbols.of(e).isEmpty()) {
      return e;
    }
    try {
      Expression s = simplify.apply(e);
      double a = Numeric.value(e, Map.of(), Environment.EMPTY);
      double b = Numeric.value(s, Map.of(), Environment.EMPTY);
      boolean same = Double.isFinite(a) && Double.isFinite(b)
          && Math.abs(a - b) <= 1e-12 * (1 + Math.abs(a));
      return same && Symbols.of(s).isEmpty() && NodeCount.tree(s) < NodeCount.tree(e) ? s : e;
    } catch (RuntimeException ex) {
      return e;
    }
  }
}
