package gradlab.symbolic;

import gradlab.math.Environment;
import gradlab.math.Expression;
import gradlab.math.Numeric;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Zeros of a derivative that Solve cannot write in closed form (x·σ(−x) has its maximum at
 * x = 1 + W(e⁻¹), a Lambert-W value): the derivative, translated to our tree, is evaluated in
 * double on a grid over [−40, 40]; each sign change is refined by bisection to the double's
 * precision. A run of grid points where the derivative is exactly 0 (a flat piece, or an underflow
 * to 0) gives one candidate, at its start. The points are candidates only: the maximizer compares their values with the
 * limits at both ends and checks the winner on a grid, as for exact ones.
 */
final class NumericCriticalPoints {
  private static final double FROM = -40;
  private static final double TO = 40;
  private static final int STEPS = 4000;

  private NumericCriticalPoints() {}

  static List<IExpr> of(IExpr derivative, String var, SymbolicEngine engine) {
    return between(derivative, var, FROM, TO, engine);
  }

  /** The zeros strictly inside (from, to), the ends excluded. */
  static List<IExpr> between(IExpr derivative, String var, double from, double to,
      SymbolicEngine engine) {
    Optional<Expression> tree = engine.treeRaw(derivative);
    List<IExpr> out = new ArrayList<>();
    if (tree.isEmpty()) {
      return out;
    }
    Expression d = tree.get();
    double h = (to - from) / STEPS;
    double a = from;
    double fa = value(d, var, a);
    boolean runTaken = false; // a zero of the current run of exact zeros is already a candidate
    for (int i = 1; i <= STEPS; i++) {
      double b = i == STEPS ? to : from + i * h;
      double fb = value(d, var, b);
      // a run of exact zeros gives one candidate, at its start: GELU′ underflows to exactly 0
      // below z ≈ −38, and each of those grid points was taken for a critical point (hundreds
      // of candidates, each valued by the library's slow erf: minimize(gelu(z), z) timed out)
      boolean zeroCrossed = fa == 0 && a > from && !runTaken;
      if (Double.isFinite(fa) && Double.isFinite(fb) && (zeroCrossed || fa * fb < 0)) {
        out.add(F.num(fa == 0 ? a : bisect(d, var, a, b, fa)));
      }
      runTaken = fa == 0 && (runTaken || a > from);
      a = b;
      fa = fb;
    }
    return out;
  }

  private static double bisect(Expression d, String var, double a, double b, double fa) {
    for (int k = 0; k < 200 && b - a > Math.ulp(Math.max(Math.abs(a), Math.abs(b))); k++) {
      double m = (a + b) / 2;
      double fm = value(d, var, m);
      if (fm == 0) {
        return m;
      }
      if (fa * fm < 0) {
        b = m;
      } else {
        a = m;
        fa = fm;
      }
    }
    return (a + b) / 2;
  }

  private static double value(Expression d, String var, double x) {
    try {
      return Numeric.value(d, Map.of(SymjaNames.userName(var), x), Environment.EMPTY);
    } catch (RuntimeException e) {
      return Double.NaN;
    }
  }
}
