package gradlab.symbolic;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTMutable;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Limits marked in an expression, {@code marker(body, x, x0)} with x₀ a number or ±∞, taken by
 * the library and checked back numerically. The library's Limit is asked on the activations
 * written out (it knows exp, not σ), again on the body as one fraction where it answers
 * Indeterminate, and at a finite point l'Hôpital's rule on the quotient is the fallback when
 * it cannot resolve a difference quotient ((e^(x+h) − e^x)/h gave Indeterminate). The value is
 * taken only when it is a finite expression free of x and the body, at two seeded points of
 * its other names, comes close to it from both sides: within 10⁻³(1 + |L|) at x₀ ± 10⁻⁴ (at
 * ±10³ for ∞), and no farther than at x₀ ± 10⁻³ (±10²) unless within 10⁻⁶(1 + |L|). Anything
 * else throws, naming why, so the caller shows the step as not checked.
 */
final class MarkedLimits {
  private static final double[][] SAMPLES = {{0.7, 0.29}, {1.3, -0.41}};

  private MarkedLimits() {}

  static IExpr take(SymbolicEngine engine, IExpr e, String marker) {
    if (!e.isAST() || e.isFree(y -> y.isSymbol() && y.toString().equalsIgnoreCase(marker),
        true)) {
      return e;
    }
    IAST ast = (IAST) e;
    IASTMutable copy = ast.copy();
    for (int k = 1; k <= ast.argSize(); k++) {
      copy.set(k, take(engine, ast.get(k), marker));
    }
    if (ast.head().isSymbol() && ast.head().toString().equalsIgnoreCase(marker)) {
      if (ast.argSize() != 3 || !copy.arg2().isSymbol()) { // h = 0.1 or h = σ(W x) put in
        throw new IllegalArgumentException("a limit in a variable the text gives a value or a "
            + "definition");
      }
      return engine.evalRaw(limit(engine, copy.arg1(), (ISymbol) copy.arg2(), copy.arg3()));
    }
    return engine.evalRaw(copy);
  }

  private static IExpr limit(SymbolicEngine engine, IExpr body, ISymbol x, IExpr point) {
    IExpr f = ActivationCalculus.toExpForm(body, engine);
    boolean infinite = point.isInfinity() || point.isNegativeInfinity();
    if (!infinite && !point.isReal()) {
      throw new IllegalArgumentException("a limit at a point that is not a number or ±∞");
    }
    IExpr value = engine.evalRaw(F.function(F.symbol("Limit"), f, F.Rule(x, point)));
    if (!usable(value, x)) {
      value = engine.evalRaw(F.function(F.symbol("Limit"), engine.evalRaw(F.Together(f)),
          F.Rule(x, point)));
    }
    if (!usable(value, x) && !infinite) {
      value = lHopital(engine, f, x, point);
    }
    if (!usable(value, x)) {
      throw new IllegalArgumentException("a limit the algebra library does not take (or that is "
          + "not a finite value)");
    }
    confirm(engine, body, x, point, value, infinite);
    return value;
  }

  /**
   * The limit of a quotient N/D at a finite point by l'Hôpital's rule, at most four times: while
   * N and D both simplify to 0 there, both are differentiated; then D's value must not simplify
   * to 0, and N/D there is the value. Null where that does not settle it. (The library's Series
   * gave e^x + e^x/h for (e^(x+h) − e^x)/h at order 0, so its series are not used.)
   */
  private static IExpr lHopital(SymbolicEngine engine, IExpr f, ISymbol x, IExpr point) {
    IExpr t = engine.evalRaw(F.Together(f));
    IExpr num = engine.evalRaw(F.function(F.symbol("Numerator"), t));
    IExpr den = engine.evalRaw(F.function(F.symbol("Denominator"), t));
    for (int k = 0; k < 4; k++) {
      IExpr d0 = at(engine, den, x, point);
      IExpr n0 = at(engine, num, x, point);
      if (!d0.isZero()) {
        return engine.evalRaw(F.Simplify(F.Divide(n0, d0)));
      }
      if (!n0.isZero()) {
        return null; // a number over 0: no finite limit
      }
      num = engine.evalRaw(F.D(num, x));
      den = engine.evalRaw(F.D(den, x));
    }
    return null;
  }

  private static IExpr at(SymbolicEngine engine, IExpr e, ISymbol x, IExpr point) {
    return engine.evalRaw(F.Simplify(F.function(F.symbol("ReplaceAll"), e, F.Rule(x, point))));
  }

  /** A finite value free of x, with no Limit or Series left in it. */
  private static boolean usable(IExpr v, ISymbol x) {
    return v != null && v.isFree(y -> y.isIndeterminate() || y.isComplexInfinity() || y.isDirectedInfinity()
        || y.isInfinity() || y.isNegativeInfinity() || y.isSymbol() && (y.equals(x)
        || Set.of("Limit", "Series", "SeriesData", "O").contains(y.toString())), true);
  }

  private static void confirm(SymbolicEngine engine, IExpr body, ISymbol x, IExpr point,
      IExpr value, boolean infinite) {
    Set<String> names = new java.util.TreeSet<>(InputForm.symbolsOf(body));
    names.remove(x.toString());
    Expr f = new Expr(body);
    Expr l = new Expr(value);
    int compared = 0;
    for (double[] sample : SAMPLES) {
      Map<String, Double> at = new LinkedHashMap<>();
      int k = 0;
      for (String n : names) {
        at.put(n, sample[0] + sample[1] * k++);
      }
      double limit = engine.numeric(l, at);
      if (!Double.isFinite(limit)) {
        continue;
      }
      double x0 = infinite ? 0 : engine.numeric(new Expr(point), Map.of());
      double sign = point.isNegativeInfinity() ? -1 : 1;
      for (int side : new int[] {1, -1}) {
        if (infinite && side == -1) {
          continue;
        }
        double coarse = distance(engine, f, x, at, infinite ? sign * 1e2 : x0 + side * 1e-3,
            limit);
        double fine = distance(engine, f, x, at, infinite ? sign * 1e3 : x0 + side * 1e-4,
            limit);
        if (Double.isNaN(coarse) || Double.isNaN(fine)) {
          continue; // not defined on this side (ln x below 0)
        }
        double scale = 1 + Math.abs(limit);
        // rounding error grows as the step shrinks (ε/h² for a second difference): closer than
        // 10⁻⁶ counts as close, however the coarser step did
        if (fine > 1e-3 * scale || fine > coarse && fine > 1e-6 * scale) {
          throw new IllegalArgumentException("a limit the algebra library gave as "
              + UnicodeForm.format(value) + ", which the values near the point do not confirm");
        }
        compared++;
      }
    }
    if (compared == 0) {
      throw new IllegalArgumentException("a limit that could not be checked numerically");
    }
  }

  private static double distance(SymbolicEngine engine, Expr f, ISymbol x,
      Map<String, Double> at, double where, double limit) {
    Map<String, Double> all = new LinkedHashMap<>(at);
    all.put(x.toString(), where);
    try {
      double v = engine.numeric(f, all);
      return Double.isFinite(v) ? Math.abs(v - limit) : Double.NaN;
    } catch (RuntimeException e) {
      return Double.NaN;
    }
  }
}
