package gradlab.symbolic;

import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Which short names the engine takes, when called, as unspecified functions ({@code g(z)},
 * {@code sp(x)}, {@code lse(a, b)}): no built-in, catalogue function, command or activation has
 * the name, and no rule defines it. A text that defines such a name, {@code sp(x) = log(1 +
 * exp(x))}, gives it a rule, as it does a longer word ({@code softsign}); without this the
 * plain-text reader took only one letter or an unknown word as a function's name.
 */
public final class UnspecifiedFunctions {
  private UnspecifiedFunctions() {}

  /** Whether {@code name(x)} is, in {@code engine}, a call of an unspecified function. */
  public static boolean taken(SymbolicEngine engine, String name) {
    if (!UnknownNames.unspecifiedFunctionName(name) || UnknownNames.KNOWN.contains(name)
        || FriendlyFunctions.handles(name) || Activation.byName(name).isPresent()) {
      return false;
    }
    IExpr parsed;
    try {
      parsed = engine.parse(name + "(x)").raw();
    } catch (RuntimeException e) {
      return false;
    }
    if (!(parsed instanceof IAST ast) || !(ast.head() instanceof ISymbol head)) {
      return false;
    }
    return !head.isBuiltInSymbol() && head.getRulesData() == null
        && head.toString().equals(name);
  }
}
