package gradlab.check;

import gradlab.symbolic.Domain;
import gradlab.symbolic.Expr;
import gradlab.symbolic.Extremum;
import gradlab.symbolic.SymbolicEngine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * An inequality claim {@code l rel r} between formulas ({@code 0 < σ(x)}, {@code σ′(x) ≤ 1/4},
 * {@code x² ≥ 2x − 1}). Sound by construction:
 *
 * <ul>
 *   <li><b>proved</b> when both sides are numbers and both evaluators (doubles, and the engine at
 *       30 digits with the point as exact rationals) put them apart the right way by more than
 *       10⁻⁹ of their size; or, in one variable, when the largest value of the difference over
 *       the whole real line, found exactly by the math language's maximizer (critical points, or
 *       the substitution s = σ(x) on (0, 1), compared with the limits at the ends, checked on a
 *       grid), has the required sign — a bound over ℝ holds on any range the text states;
 *   <li><b>refuted</b> only at a seeded point inside the text's ranges where both sides are
 *       defined and real (the compiled evaluator, in real doubles, gives both a value: no √ or log
 *       of a negative number inside), both evaluators agree it fails, and the sides are further apart than 10⁻⁹ of
 *       their size (never within rounding of equality), and only when every name on one side
 *       only is one the text introduces (a definition, a point, a range, "for every $x$");
 *   <li>otherwise <b>unknown</b> with the points it held at, or <b>not checked</b> with why.
 * </ul>
 */
final class InequalityClaims {
  private static final double APART = 1e-9;

  private InequalityClaims() {}

  static StepVerdict check(SymbolicEngine engine, SecondEvaluator second, Domain d, Expr l,
      Relation rel, Expr r, Map<String, Double> fixed, Set<String> notIntroduced, int samples) {
    List<String> vars = new ArrayList<>(engine.freeSymbols(l));
    engine.freeSymbols(r).stream().filter(v -> !vars.contains(v)).forEach(vars::add);
    vars.removeAll(fixed.keySet());
    if (vars.isEmpty()) {
      return numbers(engine, second, l, rel, r, fixed);
    }
    Optional<String> range = engine.freeSymbols(r).isEmpty()
        ? CatalogueRanges.bound(l.input(), rel, value(engine, r, fixed))
        : engine.freeSymbols(l).isEmpty() ? CatalogueRanges.bound(r.input(),
        CatalogueRanges.flipped(rel), value(engine, l, fixed)) : Optional.empty();
    if (range.isPresent()) {
      return new StepVerdict.Proved(range.get());
    }
    StepVerdict overReals = vars.size() == 1 ? byMaximum(engine, l, rel, r, vars.get(0), fixed,
        d, notIntroduced) : null;
    if (overReals != null) {
      return overReals;
    }
    Random random = new Random(7);
    int held = 0;
    Map<String, Double> unconfirmed = null; // a failing point the second evaluator cannot read
    for (int k = 0; k < samples * 3 && held < samples; k++) {
      Map<String, Double> p = new LinkedHashMap<>(fixed);
      for (String v : vars) {
        double[] i = d.intervals().getOrDefault(v, new double[] {-3, 3});
        p.put(v, i[0] + (i[1] - i[0]) * random.nextDouble());
      }
      double lv = value(engine, l, p);
      double rv = value(engine, r, p);
      if (!Double.isFinite(lv) || !Double.isFinite(rv)) {
        continue; // a side undefined here: not a point the claim speaks of
      }
      if (rel.holds(lv, rv)) {
        held++;
        continue;
      }
      if (!apart(lv, rv)) {
        continue; // within rounding of equality: neither way decided here
      }
      if (!Double.isFinite(second.realValue(l, p)) || !Double.isFinite(second.realValue(r, p))) {
        unconfirmed = unconfirmed == null ? p : unconfirmed;
        continue; // not real here (√ of a negative inside |·|), or not compiled: not decided
      }
      double a = second.precise(engine.named(l), p);
      double b = second.precise(engine.named(r), p);
      if (!Double.isFinite(a) || !Double.isFinite(b) || rel.holds(a, b) || !apart(a, b)) {
        return new StepVerdict.NotChecked(String.format(Locale.ROOT, "fails at %s in double "
            + "precision (left %.6g, right %.6g), but the 30-digit evaluation does not confirm "
            + "it", readable(p), lv, rv));
      }
      if (!notIntroduced.isEmpty()) {
        return new StepVerdict.NotChecked(String.format(Locale.ROOT, "fails at %s (left %.6g, "
            + "right %.6g), but the text states no range for %s (it may be a particular value), so "
            + "which values are meant is not stated (\"for every $x$\" or a range such as "
            + "\"for $x > 0$\" would say so)", readable(p), lv, rv, String.join(", ",
            notIntroduced.stream().map(LatexNames::readable).toList())));
      }
      return new StepVerdict.Refuted(p, lv, rv, "confirmed at 30 digits: left " + String.format(
          Locale.ROOT, "%.10g, right %.10g", a, b) + ranges(d, vars));
    }
    if (unconfirmed != null) { // |g′(wz + b)| ≤ 1/100 "held at 17 points": it failed at most
      return new StepVerdict.NotChecked("fails at " + readable(unconfirmed) + " in double "
          + "precision, but the second evaluator does not evaluate it there");
    }
    if (held == 0) {
      return new StepVerdict.NotChecked("no sample point where both sides are defined and "
          + "apart from equality" + ranges(d, vars));
    }
    return new StepVerdict.Unknown(held, 0, "holds at " + held + " random points"
        + ranges(d, vars) + ", not proved");
  }

  /** Both sides numbers: decided only when both evaluators put them clearly apart. */
  private static StepVerdict numbers(SymbolicEngine engine, SecondEvaluator second, Expr l,
      Relation rel, Expr r, Map<String, Double> fixed) {
    double lv = value(engine, l, fixed);
    double rv = value(engine, r, fixed);
    double a = second.precise(engine.named(l), fixed);
    double b = second.precise(engine.named(r), fixed);
    if (!Double.isFinite(lv) || !Double.isFinite(rv) || !Double.isFinite(a)
        || !Double.isFinite(b)) {
      return new StepVerdict.NotChecked("a side has no real value");
    }
    if (!apart(lv, rv) || !apart(a, b)) {
      if (exactlyEqual(engine, l, r, fixed)) { // 1/4 < σ′(0): equal, so only ≤ and ≥ hold
        boolean strict = rel == Relation.LESS || rel == Relation.GREATER;
        return strict ? new StepVerdict.Refuted(fixed, lv, rv, "the sides are exactly equal, "
            + "so the strict " + rel.symbol() + " fails") : new StepVerdict.Proved("the sides "
            + "are exactly equal");
      }
      return new StepVerdict.NotChecked(String.format(Locale.ROOT, "the sides are equal to "
          + "within rounding (left %.12g, right %.12g): whether %s holds is not decided "
          + "numerically", a, b, rel.symbol()));
    }
    if (!Double.isFinite(second.realValue(l, fixed))
        || !Double.isFinite(second.realValue(r, fixed))) {
      return new StepVerdict.NotChecked("a side is not real here, or the compiled evaluator "
          + "does not evaluate it");
    }
    boolean holds = rel.holds(lv, rv);
    if (holds != rel.holds(a, b)) {
      return new StepVerdict.NotChecked("the two evaluators disagree");
    }
    return holds ? new StepVerdict.Proved(String.format(Locale.ROOT, "numerically: left = "
        + "%.10g %s right = %.10g (both evaluators, 30 digits)", a, rel.symbol(), b))
        : new StepVerdict.Refuted(fixed, lv, rv, "confirmed at 30 digits");
  }

  /**
   * In one variable: the largest value of the difference over ℝ (for ≤, <: left − right; for
   * ≥, >: right − left). Proved when it is below 0 (at most 0 for ≤, ≥); null when the
   * maximizer finds nothing exact or the bound does not settle it.
   */
  private static StepVerdict byMaximum(SymbolicEngine engine, Expr l, Relation rel, Expr r,
      String var, Map<String, Double> fixed, Domain d, Set<String> notIntroduced) {
    boolean upper = rel == Relation.LESS || rel == Relation.LESS_EQUAL;
    try {
      Expr diff = engine.apply("Subtract", upper ? l : r, upper ? r : l);
      Map<String, Expr> at = new LinkedHashMap<>();
      fixed.forEach((k, v) -> at.put(k, engine.eval(SecondEvaluator.rational(v))));
      if (!at.isEmpty()) {
        diff = engine.substitute(diff, at);
      }
      Extremum max = engine.maximize(diff, var, false);
      if (max.method().contains("numerically") || !max.value().isNumber()) {
        return null;
      }
      double top = max.value().toDouble();
      boolean strict = rel == Relation.LESS || rel == Relation.GREATER;
      if (strict && max.value().unicode().equals("0") && max.point().isNumber()) {
        return atEquality(engine, l, r, var, max.point().toDouble(), fixed, d, notIntroduced);
      }
      if (!(strict ? top < -APART : top <= 0 || max.value().unicode().equals("0"))) {
        return null;
      }
      return new StepVerdict.Proved("the largest value of " + (upper ? "left − right"
          : "right − left") + " over all real " + LatexNames.readable(var) + " is "
          + max.value().unicode() + " (at " + LatexNames.readable(var) + " = "
          + max.point().unicode() + "; " + max.method() + ", checked on a grid)");
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * A strict claim whose difference has largest value exactly 0, at {@code at}: the sides are
   * equal there, so it fails (σ′(z) < 1/4 at z = 0 was "unknown, holds at 30 random points").
   * Refuted only inside a range the text states for the name; where it states none, not checked
   * as any inequality failing at a name the text does not introduce; null outside its range.
   */
  private static StepVerdict atEquality(SymbolicEngine engine, Expr l, Expr r, String var,
      double at, Map<String, Double> fixed, Domain d, Set<String> notIntroduced) {
    double[] range = d.intervals().get(var);
    if (range != null && !(range[0] < at && at < range[1])) {
      return null; // "for z > 0, σ′(z) < 1/4": the equality lies outside
    }
    Map<String, Double> p = new LinkedHashMap<>(fixed);
    p.put(var, at);
    double lv = value(engine, l, p);
    double rv = value(engine, r, p);
    if (!Double.isFinite(lv) || !Double.isFinite(rv) || Math.abs(lv - rv) > 1e-9 * (1
        + Math.abs(lv))) {
      return null;
    }
    String where = String.format(Locale.ROOT, "%s = %s, where both sides are %.6g (the largest "
        + "value of the difference over all real %s is exactly 0)", LatexNames.readable(var),
        Digits.compact(at), lv, LatexNames.readable(var));
    if (notIntroduced.contains(var)) {
      return new StepVerdict.NotChecked("fails at " + where + ", but the text states no range "
          + "for " + LatexNames.readable(var) + " (it may be a particular value)");
    }
    return new StepVerdict.Refuted(p, lv, rv, "equal at " + where);
  }

  /** Whether the engine simplifies left − right to exactly 0 (the point as exact rationals). */
  private static boolean exactlyEqual(SymbolicEngine engine, Expr l, Expr r,
      Map<String, Double> fixed) {
    try {
      Expr diff = engine.named(engine.apply("Subtract", l, r));
      Map<String, Expr> at = new LinkedHashMap<>();
      fixed.forEach((k, v) -> at.put(k, engine.eval(SecondEvaluator.rational(v))));
      Expr d = engine.apply("Simplify", at.isEmpty() ? diff : engine.substitute(diff, at));
      return d.isNumber() && d.input().strip().equals("0");
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static double value(SymbolicEngine engine, Expr e, Map<String, Double> p) {
    try {
      return engine.numeric(e, p);
    } catch (RuntimeException ex) {
      return Double.NaN;
    }
  }

  private static boolean apart(double a, double b) {
    return Math.abs(a - b) > APART * (1 + Math.abs(a) + Math.abs(b));
  }

  private static String ranges(Domain d, List<String> vars) {
    List<String> parts = new ArrayList<>();
    for (String v : vars) {
      double[] i = d.intervals().get(v);
      double[] at = i == null ? new double[] {-3, 3} : i;
      parts.add(LatexNames.readable(v) + " sampled in (" + CatalogueRanges.number(at[0]) + ", "
          + CatalogueRanges.number(at[1]) + ")");
    }
    return ", " + String.join(", ", parts);
  }

  private static String readable(Map<String, Double> p) {
    return PointText.of(p);
  }
}
