package gradlab.symbolic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Global maxima of functions of one real variable, found symbolically and checked numerically.
 *
 * <p>Strategy 1, activation substitution: if f depends on z only through a(z) for one invertible
 * activation a, write f = g(s) with s = a(z) on a's open range, solve g′(s) = 0 there, compare
 * with the limits at the ends of the range, and map back with a⁻¹. This finds max σ′ = 1/4 at
 * z = 0 exactly, where Symja's {@code Maximize} fails. Strategy 2: critical points of the
 * exponential form, compared with the limits at ±∞. Either result is then checked on a grid.
 */
final class Maximizer {
  /** How long Solve may look for the critical points in closed form. */
  static final double SOLVE_SECONDS = 3.0;

  private Maximizer() {}

  static Extremum maximize(IExpr f, String var, boolean minimize, SymbolicEngine engine) {
    requireOneVariable(f, var, minimize);
    IExpr g = ActivationCalculus.expandDerivatives(f, engine);
    IExpr objective = minimize ? engine.evalRaw(F.Times(F.CN1, g)) : g;
    // e^(−u)/(1 + e^(−u))² is σ′(u): read in textbook form, its maximum is exact (1/4 at 0),
    // where the critical points of the exponential form were found only numerically
    Optional<Extremum> viaSubstitution = StepFunctions.maximum(objective, var, engine)
        .or(() -> bySubstitution(objective, var, engine))
        .or(() -> bySubstitution(throughSigmoid(objective, var, engine), var, engine));
    Extremum found;
    try {
      found = viaSubstitution.orElseGet(() -> byCriticalPoints(objective, var, engine));
    } catch (ArithmeticException e) {
      throw new ArithmeticException(e.getMessage().replace("maximize", minimize ? "minimize"
          : "maximize").replace("maximum", minimize ? "minimum" : "maximum")
          .replace("supremum", minimize ? "infimum" : "supremum"));
    }
    Expr value = minimize ? new Expr(engine.evalRaw(F.Times(F.CN1, engine.raw(found.value()))))
        : found.value();
    int checked = checkOnGrid(objective, var, found, engine);
    if (found.method().contains("numerically")) {
      engine.note("numeric: " + UnicodeForm.symbol(var) + " is where the derivative changes "
          + "sign (a scan of [−40, 40], refined by bisection); no closed form in "
          + (int) SOLVE_SECONDS + " s");
    }
    return new Extremum(var, found.point(), value, found.method(), checked);
  }

  /**
   * g with x = logit(s) put in and s written back as σ(x): a function of eˣ alone becomes a
   * rational function of σ(x), which the substitution strategy solves exactly.
   */
  private static IExpr throughSigmoid(IExpr g, String var, SymbolicEngine engine) {
    IExpr x = SymjaNames.symbol(var);
    IExpr s = F.symbol("s$inv");
    IExpr logit = F.Log(F.Divide(s, F.Subtract(F.C1, s)));
    IExpr rational;
    try {
      rational = engine.evalRaw(F.Together(engine.evalRaw(F.ReplaceAll(g, F.Rule(x, logit)))));
    } catch (IllegalArgumentException | ArithmeticException e) {
      return g; // −x·σ(x): the library's Together failed on it; the other strategies remain
    }
    if (rational.has(e -> e.isAST(F.Log), true)) { // x·e⁻ˣ: not a function of eˣ alone
      return g;
    }
    IExpr sigma = F.function(F.symbol(Activation.SIGMOID.symja()), x);
    return rational.replaceAll(F.Rule(s, sigma)).orElse(g);
  }

  /** The grid check below needs numbers, and so does the answer: f of var alone. */
  static void requireOneVariable(IExpr f, String var, boolean minimize) {
    java.util.Set<String> others = new java.util.TreeSet<>(InputForm.symbolsOf(f));
    others.remove(var);
    if (!others.isEmpty()) {
      String what = minimize ? "minimize" : "maximize";
      String first = UnicodeForm.symbol(others.iterator().next());
      throw new IllegalArgumentException(what + ": the function has other free symbols ("
          + String.join(", ", others.stream().map(UnicodeForm::symbol).toList()) + "), so "
          + "where its " + (minimize ? "minimum" : "maximum") + " lies depends on them; hint: "
          + "give them values first (" + first + " = 2), or " + what + " a function of "
          + UnicodeForm.symbol(var) + " alone");
    }
  }

  private static Optional<Extremum> bySubstitution(IExpr g, String var, SymbolicEngine engine) {
    for (Activation a : Activation.values()) {
      if (a.inverse().isEmpty()) {
        continue;
      }
      IExpr applied = engine.evalRaw(F.function(F.symbol(a.symja()), SymjaNames.symbol(var)));
      IExpr s = F.symbol("s$max");
      IExpr h = g.replaceAll(F.Rule(applied, s)).orElse(g);
      if (h.equals(g) || !h.isFree(SymjaNames.symbol(var))) {
        continue;
      }
      IExpr lo = engine.parseSymja(a.rangeLow());
      IExpr hi = engine.parseSymja(a.rangeHigh());
      List<IExpr> candidates = realRootsInside(engine.evalRaw(F.D(h, s)), s, lo, hi, engine);
      Optional<IExpr> best = best(h, s, candidates, lo, hi, engine);
      if (best.isEmpty()) {
        continue;
      }
      IExpr inverse = engine.evalRaw("Function(" + a.inverse().get() + ")");
      IExpr point = engine.evalRaw(F.function(inverse, best.get()));
      IExpr simpler = engine.simplifyRaw(point); // ln((6 − 2√3)/(12(1 + …))) is ln(2 − √3)
      if (simpler.leafCount() < point.leafCount()) {
        point = simpler;
      }
      IExpr value = engine.evalRaw(F.function(F.symbol("Together"),
          h.replaceAll(F.Rule(s, best.get())).orElse(h)));
      return Optional.of(new Extremum(var, new Expr(point), new Expr(value),
          "substitution s = " + a.display() + "(" + UnicodeForm.symbol(var) + ") on ("
              + UnicodeForm.format(lo) + ", " + UnicodeForm.format(hi) + "), s* = "
              + UnicodeForm.format(best.get()), 0));
    }
    return Optional.empty();
  }

  private static Extremum byCriticalPoints(IExpr g, String var, SymbolicEngine engine) {
    IExpr x = SymjaNames.symbol(var);
    IExpr exp = ActivationCalculus.toExpForm(g, engine);
    IExpr derivative = engine.evalRaw(F.D(exp, x));
    int mark = engine.messageMark();
    List<IExpr> candidates = realRootsInside(derivative, x, F.CNInfinity, F.CInfinity, engine);
    String method = "critical points";
    if (candidates.isEmpty()) {
      engine.dropMessagesSince(mark); // Solve's "cannot be solved": the numeric search follows
      candidates = NumericCriticalPoints.of(derivative, var, engine);
      method = "critical points found numerically (no closed form)";
    }
    boolean none = candidates.isEmpty();
    IExpr best = best(exp, x, candidates, F.CNInfinity, F.CInfinity, engine)
        .orElseThrow(() -> new ArithmeticException(none
            ? "maximize: no critical point found where the maximum is attained; hint: the "
                + "supremum may be a limit at ±∞, or maximize(f, x, a, b) over an interval"
            : "maximize: no maximum over the reals: toward −∞ or ∞ the function comes to or "
                + "beyond its value at every critical point; hint: maximize(f, x, a, b) "
                + "over an interval"));
    // −x⁴ + x² has its maximum at ±1/√2: the point shown is one of them, said so
    double top = engine.evalRaw(F.N(exp.replaceAll(F.Rule(x, best)).orElse(exp))).evalf();
    double at = engine.evalRaw(F.N(best)).evalf();
    for (IExpr c : candidates) {
      double v = engine.evalRaw(F.N(exp.replaceAll(F.Rule(x, c)).orElse(exp))).evalf();
      double where = engine.evalRaw(F.N(c)).evalf();
      if (Math.abs(v - top) <= 1e-12 * (1 + Math.abs(top)) && Math.abs(where - at) > 1e-9
          * (1 + Math.abs(at))) {
        engine.note("the same value is also attained at " + UnicodeForm.symbol(var) + " = "
            + UnicodeForm.format(c));
      }
    }
    PeriodicCriticalPoints.in(exp, x).ifPresent(p ->
        engine.note(PeriodicCriticalPoints.note(p, var, best)));
    IExpr value = engine.evalRaw(F.function(F.symbol("Simplify"),
        g.replaceAll(F.Rule(x, best)).orElse(g)));
    return new Extremum(var, new Expr(best), new Expr(value), method, 0);
  }

  /**
   * Real solutions of d = 0 strictly inside (lo, hi), or none where the library's Solve does not
   * finish within {@link #SOLVE_SECONDS}: the callers then search numerically. The derivative of
   * the README's window width, 2 ln(W(1 + √(1 − 4/W))/2 − 1)/W, kept Solve busy for 40–70 s,
   * so {@code maximize(width, W, 4, 20)} answered after a minute where Brent's method needs
   * milliseconds.
   */
  static List<IExpr> realRootsInside(IExpr d, IExpr s, IExpr lo, IExpr hi,
      SymbolicEngine engine) {
    IExpr sol = engine.evalRaw(F.function(F.symbol("TimeConstrained"),
        F.function(F.symbol("Solve"), F.Equal(d, F.C0), s), F.num(SOLVE_SECONDS),
        F.symbol("$Aborted")));
    List<IExpr> out = new ArrayList<>();
    if (!sol.isList()) {
      return out;
    }
    for (IExpr rules : (IAST) sol) {
      if (!rules.isList() || ((IAST) rules).argSize() == 0) {
        continue;
      }
      IExpr root = ((IAST) rules).first().second();
      IExpr n = engine.evalRaw(F.N(root));
      if (n.isReal() && inside(n.evalf(), lo, hi, engine)) {
        out.add(root);
      } else if (n.isNumber() && !n.isReal()) {
        // a real root in Cardano's form (through complex numbers): its 40-digit value decides
        IExpr precise = engine.evalRaw(F.N(root, F.ZZ(40)));
        double re = precise.re().evalf();
        double im = precise.im().evalf();
        if (Math.abs(im) < 1e-30 * Math.max(1, Math.abs(re)) && inside(re, lo, hi, engine)) {
          out.add(F.num(re));
        }
      }
    }
    return out;
  }

  private static boolean inside(double v, IExpr lo, IExpr hi, SymbolicEngine engine) {
    double l = lo.isInfinity() || lo.isNegativeInfinity() ? Double.NEGATIVE_INFINITY
        : engine.evalRaw(F.N(lo)).evalf();
    double h = hi.isInfinity() ? Double.POSITIVE_INFINITY : engine.evalRaw(F.N(hi)).evalf();
    return v > l && v < h;
  }

  /** The candidate with the largest value, if it beats the limits at both ends. */
  private static Optional<IExpr> best(IExpr h, IExpr s, List<IExpr> candidates, IExpr lo,
      IExpr hi, SymbolicEngine engine) {
    IExpr best = null;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (IExpr c : candidates) {
      double v = engine.evalRaw(F.N(h.replaceAll(F.Rule(s, c)).orElse(h))).evalf();
      if (v > bestValue) {
        bestValue = v;
        best = c;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    List<String> numericEnds = new ArrayList<>();
    for (IExpr end : List.of(lo, hi)) {
      IExpr dir = end == lo ? F.C1 : F.CN1; // from above at lo, from below at hi
      IExpr lim = NumericEnds.limit(h, s, end, dir, engine);
      IExpr n = engine.evalRaw(F.N(lim));
      if (n.isInfinity() || (n.isReal() && n.evalf() >= bestValue)) {
        return Optional.empty();
      }
      if (n.isReal() || n.isNegativeInfinity()) {
        continue;
      }
      // no limit in time (GELU′ toward ±∞), or Indeterminate: the values toward the end decide
      OptionalDouble tail = NumericEnds.approach(h, s, end, end == lo, engine);
      if (tail.isEmpty()) {
        if (lim.toString().equals("$Aborted")) {
          return Optional.empty();
        }
        continue; // Indeterminate with no numeric check possible: as before, the grid decides
      }
      if (tail.getAsDouble() >= bestValue) {
        return Optional.empty();
      }
      numericEnds.add(UnicodeForm.format(end));
    }
    if (!numericEnds.isEmpty()) {
      engine.note("numeric: the limit" + (numericEnds.size() > 1 ? "s" : "") + " toward "
          + String.join(" and ", numericEnds) + (numericEnds.size() > 1 ? " were" : " was")
          + " not found symbolically in "
          + (int) NumericEnds.LIMIT_SECONDS + " s; the values there were compared in double "
          + "precision out to distance 10⁶ (or 10⁻⁹ from a finite end)");
    }
    return Optional.of(best);
  }

  private static int checkOnGrid(IExpr g, String var, Extremum found, SymbolicEngine engine) {
    double x0 = engine.evalRaw(F.N(engine.raw(found.point()))).evalf();
    // in exponential form: N of σ(−1 − W(1/e)) is not a number to the library (minimize(x·σ(x))
    // failed with "it needed a number")
    double max = engine.evalRaw(F.N(ActivationCalculus.toExpForm(engine.raw(found.value()), engine)))
        .evalf();
    // in double through our tree where there is one: the library's N of erf took about 0.1 s
    // a point, so the grid of GELU′ alone ran past the 30 s time limit
    Optional<gradlab.math.Expression> tree = engine.treeRaw(g);
    int n = 0;
    for (int i = -200; i <= 200; i++) {
      double x = x0 + i * 0.05 * (1 + Math.abs(i) / 20.0);
      double v = tree.isPresent() ? treeValue(tree.get(), var, x, g, engine)
          : engine.numeric(new Expr(g), Map.of(var, x));
      if (v > max + 1e-12 * (1 + Math.abs(max))) {
        throw new ArithmeticException(String.format(java.util.Locale.ROOT, "maximize: the "
            + "candidate found (value %.6g at %s = %.6g) is not the maximum, since the function "
            + "is larger at %s = %.6g (%.6g), so no answer is shown; hint: plot it (:plot) to see "
            + "where its maximum lies", max, var, x0, var, x, v));
      }
      n++;
    }
    return n;
  }

  private static double treeValue(gradlab.math.Expression tree, String var, double x, IExpr g,
      SymbolicEngine engine) {
    try {
      double v = gradlab.math.Numeric.value(tree, Map.of(SymjaNames.userName(var), x),
          gradlab.math.Environment.EMPTY);
      return Double.isNaN(v) ? engine.numeric(new Expr(g), Map.of(var, x)) : v;
    } catch (RuntimeException e) {
      return engine.numeric(new Expr(g), Map.of(var, x));
    }
  }
}
