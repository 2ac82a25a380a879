package gradlab.symbolic;

import java.util.Locale;
import java.util.Map;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Other names people write for an activation: {@code sigmoid(x)} and {@code logistic(x)} are
 * σ(x). Applied to a parsed input before it is checked and evaluated, so the alias never reaches
 * a result.
 */
final class FunctionAliases {
  static final Map<String, Activation> ALIASES = Map.of("sigmoid", Activation.SIGMOID,
      "logistic", Activation.SIGMOID);

  private FunctionAliases() {}

  /** The input with every call of an alias renamed to its activation (on the engine thread). */
  static IExpr rename(IExpr parsed, SymbolicEngine engine) {
    return parsed.replaceAll(node -> {
      if (node.isAST() && node.head().isSymbol()) {
        Activation a = ALIASES.get(node.head().toString().toLowerCase(Locale.ROOT));
        if (a != null) {
          IAST call = (IAST) node;
          IExpr[] args = new IExpr[call.argSize()];
          for (int i = 0; i < args.length; i++) {
            args[i] = rename(call.getAt(i + 1), engine);
          }
          return F.function(engine.sym(a.symja()), args);
        }
      }
      return F.NIL;
    }).orElse(parsed);
  }
}
