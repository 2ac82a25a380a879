package gradlab.symbolic;

import java.util.Map;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/** Each named symbol of an engine expression replaced by an expression, without evaluating. */
final class RawSubstitution {
  private RawSubstitution() {}

  static IExpr of(IExpr e, Map<String, Expr> values, SymbolicEngine engine) {
    IExpr out = e;
    for (Map.Entry<String, Expr> v : values.entrySet()) {
      out = out.replaceAll(F.Rule(SymjaNames.symbol(v.getKey()), engine.raw(v.getValue()))).orElse(out);
    }
    return out;
  }
}
