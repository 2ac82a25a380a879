package gradlab.symbolic;

import gradlab.math.ExprList;
import gradlab.math.Expression;
import gradlab.math.VectorTotals;
import java.util.List;
import java.util.Locale;
import org.matheclipse.core.interfaces.IExpr;

/**
 * sum(v) of one argument, v evaluated by the library first (sum(v^2) for a squared norm): its
 * entries added by {@link VectorTotals}, the one place that adds a vector, then tidied. The range
 * forms, sum(f, i, 1, n), are the library's Sum.
 */
final class ListTotals {
  private ListTotals() {}

  /** Whether name(a…) is the one-argument form this class evaluates. */
  static boolean applies(String name, List<Expression> a) {
    return a.size() == 1 && name.equalsIgnoreCase("sum");
  }

  /** The entries of the vector arg evaluates to, added. */
  static Expression of(String name, Expression arg, SymbolicEngine engine, TreeBridge bridge) {
    String lower = name.toLowerCase(Locale.ROOT);
    Expression list = bridge.fromSymja(engine.evalRaw(bridge.toSymja(arg)));
    if (!(list instanceof ExprList entries)) {
      throw new IllegalArgumentException(lower + " of one argument needs a vector, as " + lower
          + "([1, 2, 3]); hint: for a series write " + lower + "(f, i, 1, n)");
    }
    IExpr total = engine.evalRaw(bridge.toSymja(VectorTotals.of(lower, entries)));
    return bridge.fromSymja(ActivationCalculus.tidy(total, engine));
  }
}
