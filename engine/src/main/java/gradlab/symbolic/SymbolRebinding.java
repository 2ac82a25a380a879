package gradlab.symbolic;

import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * An expression built by an earlier evaluator, with each of its names replaced by the current
 * evaluator's symbol of the same name. A restart (a computation deaf to the stop, under load)
 * starts a new evaluator whose symbols are not the old one's: an expression kept from before it,
 * a text's definition in the checker or a console value, still held the old symbols, so that
 * ∂/∂f₂ of {@code f2*x} was 0, and a true step of a published derivation was refuted ("left = 0",
 * softmax-ce-three line 9, twice under a load of 20). Run on the engine thread.
 */
final class SymbolRebinding {
  private SymbolRebinding() {}

  static IExpr rebind(IExpr e) {
    return e.replaceAll(SymbolRebinding::current).orElse(e);
  }

  private static IExpr current(IExpr x) {
    if (!(x instanceof ISymbol s) || s.isBuiltInSymbol()) {
      return F.NIL;
    }
    ISymbol now = F.symbol(s.getSymbolName());
    return now == s ? F.NIL : now;
  }
}
