package gradlab.symbolic;

import gradlab.math.ExprList;
import gradlab.math.Expression;
import java.util.List;
import java.util.Locale;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * sum(v) of one argument: the entries of a vector added, as a new user types it (sum(v^2) for a squared norm). The range forms, sum(f, i, 1, n), are the
 * library's Sum; a matrix is refused, since "the sum of a matrix" is read column by column by
 * some systems and over every entry by others.
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
    IExpr[] items = new IExpr[entries.items().size()];
    for (int i = 0; i < items.length; i++) {
      if (entries.items().get(i) instanceof ExprList) {
        throw new IllegalArgumentException(lower + " of a matrix is not defined here (by "
            + "columns or over every entry?); hint: write the entries as one vector, as " + lower
            + "([1, 2, 3, 4])");
      }
      items[i] = bridge.toSymja(entries.items().get(i));
    }
    IExpr total = engine.evalRaw(F.Plus(items));
    return bridge.fromSymja(ActivationCalculus.tidy(total, engine));
  }
}
