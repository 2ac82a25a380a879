package gradlab.symbolic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The maximum of f(x) over a closed interval [a, b]: the largest of f at the critical points
 * inside and at both ends, then checked on a grid of the interval. {@code maximize(-x^2 + 3x,
 * x, 0, 1)} was passed to the algebra library, which returned it unevaluated.
 */
final class IntervalMaximizer {
  private static final int GRID = 400;

  private IntervalMaximizer() {}

  static Extremum maximize(IExpr f, String var, IExpr lo, IExpr hi, boolean minimize,
      SymbolicEngine engine) {
    String what = minimize ? "minimize" : "maximize";
    Maximizer.requireOneVariable(f, var, minimize);
    double a = number(lo, engine);
    double b = number(hi, engine);
    if (!(Double.isFinite(a) && Double.isFinite(b) && a < b)) {
      throw new IllegalArgumentException(what + "(f, x, a, b): the ends must be numbers with "
          + "a < b; hint: " + what + "(f, x) for the whole line");
    }
    IExpr x = SymjaNames.symbol(var);
    IExpr g = ActivationCalculus.expandDerivatives(f, engine);
    IExpr objective = minimize ? engine.evalRaw(F.Times(F.CN1, g)) : g;
    IExpr exp = ActivationCalculus.toExpForm(objective, engine);
    IExpr derivative = engine.evalRaw(F.D(exp, x));
    int mark = engine.messageMark();
    List<IExpr> candidates = new ArrayList<>(Maximizer.realRootsInside(derivative, x, lo, hi,
        engine));
    String method = "critical points inside and the ends of the interval";
    if (candidates.isEmpty()) {
      engine.dropMessagesSince(mark);
      candidates.addAll(NumericCriticalPoints.between(derivative, var, a, b, engine));
      method = "critical points inside, found numerically (no closed form in time), and the "
          + "ends of the interval";
    }
    candidates.add(lo);
    candidates.add(hi);
    IExpr best = null;
    double top = Double.NEGATIVE_INFINITY;
    for (IExpr c : candidates) {
      double v = engine.numeric(new Expr(objective), Map.of(var, number(c, engine)));
      if (v > top) {
        top = v;
        best = c;
      }
    }
    if (best == null || !Double.isFinite(top)) {
      throw new ArithmeticException(what + ": the function has no finite value at the "
          + "candidates in [" + fmt(a) + ", " + fmt(b) + "]");
    }
    double at = number(best, engine);
    for (int i = 0; i <= GRID; i++) {
      double t = a + (b - a) * i / GRID;
      double v = engine.numeric(new Expr(objective), Map.of(var, t));
      if (v > top + 1e-12 * (1 + Math.abs(top))) {
        throw new ArithmeticException(String.format(Locale.ROOT, "%s: the candidate found "
            + "(%s = %s) is not the %s on [%s, %s], since the function is %s at %s = %s; no "
            + "answer is shown; hint: plot it (:plot)", what, var, fmt(at),
            minimize ? "minimum" : "maximum", fmt(a), fmt(b), minimize ? "smaller" : "larger",
            var, fmt(t)));
      }
    }
    if (best == lo || best == hi) {
      engine.note("the " + (minimize ? "minimum" : "maximum") + " over [" + fmt(a) + ", "
          + fmt(b) + "] is at an end of the interval, not at a critical point");
    }
    IExpr value = engine.evalRaw(F.function(F.symbol("Simplify"),
        g.replaceAll(F.Rule(x, best)).orElse(g)));
    return new Extremum(var, new Expr(best), new Expr(value), method, GRID + 1);
  }

  private static double number(IExpr e, SymbolicEngine engine) {
    IExpr n = engine.evalRaw(F.N(e));
    return n.isReal() ? n.evalf() : Double.NaN;
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.6g", v).replaceAll("\\.?0+$", "");
  }
}
