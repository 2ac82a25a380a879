package gradlab.symbolic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The variable of maximize(f), argmax(f) … typed without one, as a new user types
 * maximize(x*(1 - x)): f's only free variable, said in a note; with none or several, a one-line
 * error naming them (it was "could not be computed … returned it unevaluated"). Stateless.
 */
final class OnlyVariable {
  private OnlyVariable() {}

  static IExpr of(IExpr f, String operation, SymbolicEngine engine) {
    List<IExpr> names = new ArrayList<>(free(f, new LinkedHashSet<>()));
    if (names.size() == 1) {
      engine.note(operation + " over " + UnicodeForm.symbol(names.get(0).toString())
          + ", the only variable");
      return names.get(0);
    }
    String which = names.isEmpty() ? "it has no variable"
        : "it has the variables " + String.join(", ",
            names.stream().map(n -> UnicodeForm.format(n)).toList());
    throw new IllegalArgumentException(operation + "(f, x) needs the variable to " + (
        operation.startsWith("min") ? "minimize" : "maximize") + " over: " + which
        + "; hint: " + operation + "(f, x) or " + operation + "(f, x, a, b) over [a, b]");
  }

  /** The symbols of {@code e} outside function heads that are not the library's (π, e …). */
  private static Set<IExpr> free(IExpr e, Set<IExpr> into) {
    if (e.isSymbol() && !e.isBuiltInSymbol()) {
      into.add(e);
    } else if (e.isAST()) {
      for (int i = 1; i <= e.argSize(); i++) {
        free(e.getAt(i), into);
      }
    }
    return into;
  }
}
