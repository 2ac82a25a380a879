package gradlab.symbolic;

import gradlab.math.Environment;
import gradlab.math.Expression;
import gradlab.math.Numeric;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The value a function comes to toward an end of its range, where the algebra library's Limit
 * does not answer in time: GELU′ = Φ(z) + z·φ(z) toward ±∞ kept Limit busy past the 30 s time
 * limit, so {@code maximize(D(gelu(z), z), z)} timed out although its maximum, 1.1289 at z = √2,
 * is found exactly. The function, translated to our tree, is evaluated in double at points that
 * approach the end (|x| = 10 … 10⁶ toward ±∞; 10⁻³ … 10⁻⁹ inside a finite end); the largest
 * value is the estimate. It is numeric, not a limit: callers say so.
 */
final class NumericEnds {
  /** How long the library's Limit may take before the numeric estimate is used. */
  static final double LIMIT_SECONDS = 2.0;

  private static final double[] FAR = {10, 100, 1e3, 1e4, 1e6};
  private static final double[] NEAR = {1e-3, 1e-5, 1e-7, 1e-9};

  private NumericEnds() {}

  /** Limit(h, s → end) from the given side, within {@link #LIMIT_SECONDS}; $Aborted if not. */
  static IExpr limit(IExpr h, IExpr s, IExpr end, IExpr direction, SymbolicEngine engine) {
    return engine.evalRaw(F.function(F.symbol("TimeConstrained"),
        F.function(F.symbol("Limit"), h, F.Rule(s, end), F.Rule(F.symbol("Direction"),
            direction)), F.num(LIMIT_SECONDS), F.symbol("$Aborted")));
  }

  /**
   * The largest value of h at the points approaching {@code end} from inside; +∞ when one of
   * them overflows to +∞; empty when h has no tree or fewer than two of the points have a value.
   */
  static OptionalDouble approach(IExpr h, IExpr s, IExpr end, boolean fromAbove,
      SymbolicEngine engine) {
    Optional<Expression> tree = engine.treeRaw(h);
    if (tree.isEmpty() || !s.isSymbol()) {
      return OptionalDouble.empty();
    }
    boolean infinite = end.isInfinity() || end.isNegativeInfinity();
    double base = infinite ? 0 : numberOf(end, engine);
    if (!infinite && !Double.isFinite(base)) {
      return OptionalDouble.empty();
    }
    double sign = fromAbove ? 1 : -1;
    String name = SymjaNames.userName(s.toString());
    double top = Double.NEGATIVE_INFINITY;
    int valued = 0;
    for (double d : infinite ? FAR : NEAR) {
      double x = infinite ? (end.isInfinity() ? d : -d) : base + sign * d * Math.max(1,
          Math.abs(base));
      double v;
      try {
        v = Numeric.value(tree.get(), Map.of(name, x), Environment.EMPTY);
      } catch (RuntimeException e) {
        continue;
      }
      if (v == Double.POSITIVE_INFINITY) {
        return OptionalDouble.of(v);
      }
      if (Double.isFinite(v)) {
        top = Math.max(top, v);
        valued++;
      }
    }
    return valued >= 2 ? OptionalDouble.of(top) : OptionalDouble.empty();
  }

  private static double numberOf(IExpr e, SymbolicEngine engine) {
    IExpr n = engine.evalRaw(F.N(e));
    return n.isReal() ? n.evalf() : Double.NaN;
  }
}
