package gradlab.symbolic;

import java.util.ArrayList;
import java.util.List;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * A zero test for an exponential form whose powers of e are all rational multiples of one
 * exponent v: e^(q·v) becomes T^q with T = e^v, and the result, a rational function of T, is
 * put over one denominator. σ(−u)·σ(u) = σ(u)(1 − σ(u)) is 1/(1 + T) · 1/(1 + 1/T) against
 * (1/(1 + 1/T))·(1 − 1/(1 + 1/T)): equal as rational functions, which {@code Together} of the
 * two exponentials alone does not see (it takes e^u and e^(−u) for unrelated symbols), so the
 * proof had waited on a time-bounded Simplify and, on a loaded machine, ended unknown.
 *
 * <p>Sound: the substitution is the same function of T on both sides, T = e^v > 0 for real v,
 * and a rational function that is zero as a function is zero at every T > 0.
 */
final class ExponentialRational {
  private static final int MAX_POWERS = 12;

  private ExponentialRational() {}

  /** Whether {@code d} is identically zero by this test; false when the test does not apply. */
  static boolean isZero(IExpr d, SymbolicEngine engine) {
    List<IExpr> exponents = new ArrayList<>();
    collect(d, exponents);
    if (exponents.isEmpty() || exponents.size() > MAX_POWERS) {
      return false;
    }
    IExpr v = exponents.get(0);
    if (v.isZero()) {
      return false;
    }
    IExpr t = F.symbol("gradlabExpT");
    if (!d.isFree(t)) {
      return false;
    }
    java.util.Map<IExpr, IExpr> multiples = new java.util.HashMap<>();
    for (IExpr a : exponents) {
      IExpr q = engine.evalRaw(F.function(F.symbol("Together"), F.Divide(a, v)));
      if (!q.isRational()) {
        return false;
      }
      multiples.put(a, q);
    }
    IExpr rewritten = d.replaceAll(node -> node.isPower() && node.base().equals(F.E)
        && multiples.containsKey(node.exponent())
        ? F.Power(t, multiples.get(node.exponent())) : F.NIL).orElse(d);
    if (!rewritten.isFree(F.E)) {
      return false; // e left elsewhere (inside a function the powers do not reach)
    }
    IExpr together = engine.evalRaw(F.function(F.symbol("Together"), rewritten));
    return together.isZero();
  }

  private static void collect(IExpr e, List<IExpr> exponents) {
    if (e.isPower() && e.base().equals(F.E)) {
      if (!exponents.contains(e.exponent())) {
        exponents.add(e.exponent());
      }
      collect(e.exponent(), exponents);
      return;
    }
    if (e.isAST()) {
      for (IExpr arg : ((org.matheclipse.core.interfaces.IAST) e)) {
        collect(arg, exponents);
      }
    }
  }
}
