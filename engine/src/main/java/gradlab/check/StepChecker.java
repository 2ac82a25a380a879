package gradlab.check;

import gradlab.symbolic.ChainRule;
import gradlab.symbolic.Definition;
import gradlab.symbolic.Domain;
import gradlab.symbolic.Expr;
import gradlab.symbolic.FunctionRule;
import gradlab.symbolic.IdentityProver;
import gradlab.symbolic.IdentityVerdict;
import gradlab.symbolic.SymbolicEngine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides one step {@code lhs rel rhs} in a context. Sides are engine syntax; {@code pd(A, B)}
 * is ∂A/∂B, differentiated through the context's definitions; {@code dd(e, x)} is d/dx applied
 * to e after the definitions are put in. A step whose sides are numbers is numeric: its decimals
 * stand for every number that rounds to them (the right side's for =, both sides' for ≈). In a
 * symbolic step decimals are exact. Nothing is refuted without the values of both sides at a
 * point the text allows (its named point, its stated ranges), confirmed by
 * {@link SecondEvaluator}; a name that occurs on one side only and nowhere in the text makes the
 * step "not checked", never refuted.
 */
public final class StepChecker {
  private static final Pattern PD = Pattern.compile("pd\\(\\s*([A-Za-z][A-Za-z0-9]*)\\s*,\\s*"
      + "([A-Za-z][A-Za-z0-9]*)\\s*\\)");
  private static final Pattern DD_VAR = Pattern.compile(",\\s*([A-Za-z][A-Za-z0-9]*)\\s*\\)");
  private static final int SAMPLES = 30;

  private final SymbolicEngine engine;
  private final IdentityProver prover;
  private final SecondEvaluator second;
  private final NativeSides natives;

  public StepChecker(SymbolicEngine engine) {
    this.engine = engine;
    this.prover = new IdentityProver(engine, SAMPLES, 20261123L);
    this.second = new SecondEvaluator(engine);
    this.natives = new NativeSides(engine);
  }

  /**
   * ∂A/∂B has several readings: the local partial of A's definition (or of a restatement of A)
   * when B is one of its direct arguments, and the total derivative through all definitions. A
   * step holds if it holds under one reading; it is refuted only when refuted under all.
   */
  public StepVerdict check(CheckContext ctx, String lhs, Relation rel, String rhs) {
    return check(ctx, lhs, rel, rhs, Instant.MAX);
  }

  /** As {@link #check(CheckContext, String, Relation, String)}; proofs end by {@code proofBy}. */
  public StepVerdict check(CheckContext ctx, String lhs, Relation rel, String rhs,
      Instant proofBy) {
    StepVerdict local = checkReading(ctx, lhs, rel, rhs, true, proofBy);
    if (local instanceof StepVerdict.Proved || !(lhs + rhs).contains("pd(")) {
      return local;
    }
    if (local instanceof StepVerdict.Unknown && !Instant.now().isBefore(proofBy)) {
      // the sides agree; only a proof under another reading could add to that, and no time is
      // left for one (with one reading not refuted, the step cannot be refuted)
      return local;
    }
    List<StepVerdict> all = new ArrayList<>(List.of(local));
    List<StepVerdict> others = new ArrayList<>();
    Matcher m = PD.matcher(lhs + " " + rhs);
    Set<String> tops = new HashSet<>();
    while (m.find()) {
      tops.add(m.group(1));
    }
    for (Definition d : ctx.restatements()) {
      if (tops.contains(d.name())) {
        StepVerdict v = checkReading(ctx.reading(d), lhs, rel, rhs, true, proofBy);
        if (v instanceof StepVerdict.Proved p) {
          return new StepVerdict.Proved(p.how() + ", with " + d.name() + " as restated");
        }
        others.add(v);
      }
    }
    StepVerdict total = checkReading(ctx, lhs, rel, rhs, false, proofBy);
    if (total instanceof StepVerdict.Proved p) {
      return new StepVerdict.Proved(p.how() + ", reading ∂ as total derivatives");
    }
    others.add(total);
    all.addAll(others);
    // a reading under which ∂A/∂B has no meaning (A is not written in terms of B there) is not
    // one the notation admits; every admissible reading must fail for a refutation
    List<StepVerdict> admissible = all.stream().filter(v -> !inadmissible(v)).toList();
    if (!admissible.isEmpty() && admissible.stream().allMatch(v -> v instanceof
        StepVerdict.Refuted)) {
      return admissible.get(0);
    }
    return all.stream().filter(v -> !(v instanceof StepVerdict.Refuted) && !inadmissible(v))
        .findFirst().orElse(local instanceof StepVerdict.Refuted ? all.stream().filter(
            v -> !(v instanceof StepVerdict.Refuted)).findFirst().orElse(local) : local);
  }

  private static boolean inadmissible(StepVerdict v) {
    return v instanceof StepVerdict.NotChecked n && n.reason().contains("is not written in "
        + "terms of");
  }

  private StepVerdict checkReading(CheckContext ctx, String lhs, Relation rel, String rhs,
      boolean localPartials, Instant proofBy) {
    for (String side : List.of(lhs, rhs)) {
      Matcher dd = DD_VAR.matcher(side);
      while (side.contains("dd(") && dd.find()) {
        if (ctx.defines(dd.group(1))) {
          return new StepVerdict.NotChecked("d/d" + dd.group(1) + " of an expression, where "
              + dd.group(1) + " is defined in the text (which variables are held fixed?)");
        }
      }
    }
    Map<String, Double> point = numeric(ctx.point());
    Expr l;
    Expr r;
    try {
      l = resolve(ctx, lhs, localPartials);
      r = resolve(ctx, rhs, localPartials);
    } catch (RuntimeException e) {
      return new StepVerdict.NotChecked(firstLine(e.getMessage()));
    }
    Set<String> fl = engine.freeSymbols(l);
    Set<String> fr = engine.freeSymbols(r);
    Set<String> unstated = new TreeSet<>(fl);
    unstated.removeAll(fr);
    unstated.removeAll(ctx.point().keySet());
    unstated.removeAll(ctx.domain().intervals().keySet());
    StepVerdict valuesNotStated = new StepVerdict.NotChecked("the step puts in values for "
        + unstated + ", which the text does not state");
    boolean putsInValues = !unstated.isEmpty() && ctx.point().keySet().containsAll(fr);
    if (putsInValues && (rel != Relation.EQUAL || varies(l, unstated, ctx))) {
      return valuesNotStated; // a left side that varies cannot equal a number identically
    }
    Set<String> all = new TreeSet<>(fl);
    all.addAll(fr);
    boolean numericStep = ctx.point().keySet().containsAll(all);
    boolean decimals = RoundingRange.hasDecimals(lhs) || RoundingRange.hasDecimals(rhs);
    if (numericStep && (rel == Relation.APPROX || decimals)) {
      return rounded(ctx, lhs, rel, rhs, localPartials, point);
    }
    if (rel == Relation.APPROX) {
      return new StepVerdict.NotChecked("≈ between formulas: how close is meant is not stated");
    }
    if (decimals) {
      l = resolve(ctx, RoundingRange.exact(lhs), localPartials);
      r = resolve(ctx, RoundingRange.exact(rhs), localPartials);
    }
    Set<String> oneSided = new TreeSet<>(all);
    Set<String> both = new HashSet<>(fl);
    both.retainAll(fr);
    oneSided.removeAll(both);
    oneSided.removeAll(ctx.point().keySet());
    Set<String> undefined = new TreeSet<>(oneSided);
    undefined.removeAll(textNames(ctx));
    if (rel != Relation.EQUAL) {
      return !undefined.isEmpty() ? notDefined(undefined) : inequality(ctx, l, rel, r);
    }
    IdentityVerdict v = prover.prove(l, r, ctx.domain(), proofBy);
    if (v instanceof IdentityVerdict.Proved p) {
      return new StepVerdict.Proved(p.strategy() + (!(lhs + rhs).contains("pd(") ? ""
          : localPartials ? ", reading ∂ of a direct argument as the local partial" : ""));
    }
    if (putsInValues) { // not an identity: the author put in values the text does not state
      return valuesNotStated;
    }
    if (!undefined.isEmpty()) {
      return notDefined(undefined);
    }
    if (!ctx.point().isEmpty()) {
      return atPoint(ctx, l, r, proofBy);
    }
    if (v instanceof IdentityVerdict.Refuted f) {
      boolean derivativeClaim = (lhs.contains("pd(") || lhs.contains("dd("))
          && !rhs.strip().equals("0");
      // one-sided names the text gave a range ("for x > 0") make it a claim for that range
      boolean overRange = ctx.domain().intervals().keySet().containsAll(oneSided);
      if (!oneSided.isEmpty() && (fl.isEmpty() || fr.isEmpty()) && !derivativeClaim
          && !overRange) {
        return new StepVerdict.NotChecked("false as an identity, but it depends on " + oneSided
            + ", which occur on one side only: true only for values the text does not state "
            + String.format(Locale.ROOT, "(e.g. at %s: left %.6g, right %.6g)",
                f.point(), f.lhs(), f.rhs()));
      }
      return confirmed(l, r, f.point(), f.lhs(), f.rhs(), "");
    }
    IdentityVerdict.Unknown u = (IdentityVerdict.Unknown) v;
    if (u.checkedPoints() == 0) {
      return new StepVerdict.NotChecked("neither proved nor comparable: the sides have no "
          + "numeric value (undefined functions or names?)");
    }
    return new StepVerdict.Unknown(u.checkedPoints(), u.tolerance());
  }

  /** Whether {@code e} takes two different values at two seeded points (cheap, no proof). */
  private boolean varies(Expr e, Set<String> names, CheckContext ctx) {
    try {
      Map<String, Double> p = new LinkedHashMap<>(numeric(ctx.point()));
      Map<String, Double> q = new LinkedHashMap<>(p);
      Random random = new Random(11);
      for (String n : names) {
        p.put(n, 0.5 + random.nextDouble());
        q.put(n, -0.5 - random.nextDouble());
      }
      double a = engine.numeric(e, p);
      double b = engine.numeric(e, q);
      return Double.isFinite(a) && Double.isFinite(b) && Math.abs(a - b) > 1e-6 * (1
          + Math.abs(a));
    } catch (RuntimeException ex) {
      return false;
    }
  }

  private static StepVerdict notDefined(Set<String> names) {
    return new StepVerdict.NotChecked(String.join(", ", names) + (names.size() == 1 ? " is"
        : " are") + " not defined in the text and occur" + (names.size() == 1 ? "s" : "")
        + " on one side only");
  }

  /** Every name the text has introduced: defined names, the names in definitions, points. */
  private Set<String> textNames(CheckContext ctx) {
    Set<String> out = new HashSet<>(ctx.point().keySet());
    out.addAll(ctx.domain().intervals().keySet());
    for (List<Definition> ds : List.of(ctx.definitions(), ctx.restatements())) {
      for (Definition d : ds) {
        out.add(d.name());
        out.addAll(engine.freeSymbols(d.rhs()));
      }
    }
    // a function the text defines introduces its name, its parameters and the names of its body
    for (FunctionRule rule : ctx.functionRules()) {
      out.add(rule.name());
      out.addAll(rule.parameters());
      out.addAll(engine.freeSymbols(rule.body()));
    }
    return out;
  }

  /** A refutation stands only if the second evaluator also finds the sides apart. */
  private StepVerdict confirmed(Expr l, Expr r, Map<String, Double> point, double lv,
      double rv, String detail) {
    double a = second.value(l, point);
    double b = second.value(r, point);
    if (Double.isFinite(a) && Double.isFinite(b)
        && Math.abs(a - b) > 1e-9 * (1 + Math.abs(a) + Math.abs(b))) {
      return new StepVerdict.Refuted(point, lv, rv, detail);
    }
    return new StepVerdict.NotChecked(String.format(Locale.ROOT, "the sides differ at %s "
        + "(left %.6g, right %.6g), but the second evaluator did not confirm it", point, lv,
        rv));
  }

  /** Parse, expand ∂A/∂B, inline the definitions, apply function rules, then d/dx. */
  Expr resolve(CheckContext ctx, String side, boolean localPartials) {
    Matcher m = PD.matcher(side);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement("(" + partial(ctx, m.group(1),
          m.group(2), localPartials).input() + ")"));
    }
    m.appendTail(b);
    Expr e = expandFunctions(ctx, ctx.asDefinitions().inline(engine, engine.eval(b.toString())));
    return engine.differentiateMarked(e, "dd");
  }

  /** Applies the functions defined in the text, a(t) = …, to every call in {@code e}. */
  public Expr expandFunctions(CheckContext ctx, Expr e) {
    return engine.applyRules(e, ctx.functionRules());
  }

  private Expr partial(CheckContext ctx, String top, String var, boolean localPartials) {
    if (ctx.defines(top)) {
      Expr rhs = ctx.asDefinitions().rhs(top).orElseThrow();
      if (localPartials && !rhs.isFreeOf(var)) {
        return engine.diff(rhs, var);
      }
      if (ctx.defines(var) && !reaches(ctx, top, var)) {
        throw new IllegalArgumentException("∂" + top + "/∂" + var + ": " + top + " is not "
            + "written in terms of " + var + " in the text");
      }
      if (!ctx.defines(var) && ctx.asDefinitions().inline(engine, rhs).isFreeOf(var)
          && ctx.definitions().stream().allMatch(d -> d.rhs().isFreeOf(var))) {
        throw new IllegalArgumentException("∂" + top + "/∂" + var + ": " + var + " occurs "
            + "nowhere in the definitions, so its relation to " + top + " is unknown");
      }
      return new ChainRule(engine, ctx.asDefinitions()).derivative(top, var).value();
    }
    if (top.equals(var)) {
      return engine.eval("1");
    }
    throw new IllegalArgumentException("∂" + top + "/∂" + var + ": " + top + " is not defined "
        + "in the text, so its dependence on " + var + " is unknown");
  }

  /** Whether {@code var} occurs in the definition of {@code top}, directly or through names. */
  private static boolean reaches(CheckContext ctx, String top, String var) {
    Set<String> seen = new HashSet<>();
    List<String> todo = new ArrayList<>(List.of(top));
    while (!todo.isEmpty()) {
      String n = todo.remove(todo.size() - 1);
      if (!seen.add(n)) {
        continue;
      }
      Expr rhs = ctx.asDefinitions().rhs(n).orElse(null);
      if (rhs == null) {
        continue;
      }
      if (!rhs.isFreeOf(var)) {
        return true;
      }
      ctx.definitions().stream().map(Definition::name).filter(d -> !rhs.isFreeOf(d))
          .forEach(todo::add);
    }
    return false;
  }

  private StepVerdict atPoint(CheckContext ctx, Expr l, Expr r, Instant proofBy) {
    Expr lp = engine.substitute(l, ctx.point());
    Expr rp = engine.substitute(r, ctx.point());
    Set<String> rest = new TreeSet<>(engine.freeSymbols(lp));
    rest.addAll(engine.freeSymbols(rp));
    IdentityVerdict v = prover.prove(lp, rp, ctx.domain(), proofBy);
    String where = describe(ctx.point());
    return switch (v) {
      case IdentityVerdict.Proved p -> new StepVerdict.Proved("at " + where + " by exact "
          + "arithmetic (" + p.strategy() + ")");
      case IdentityVerdict.Refuted f -> {
        Map<String, Double> p = new LinkedHashMap<>(numeric(ctx.point()));
        p.putAll(f.point());
        yield confirmed(l, r, p, f.lhs(), f.rhs(), "at " + where);
      }
      case IdentityVerdict.Unknown u -> u.checkedPoints() == 0
          ? new StepVerdict.NotChecked("the sides have no numeric value at " + where)
          : new StepVerdict.Unknown(u.checkedPoints(), u.tolerance());
    };
  }

  /**
   * {native, engine}: how many side evaluations of numeric steps the math language's own
   * evaluator made, and how many fell back to the engine (a side it does not read).
   */
  public long[] numericSideCounts() {
    return natives.counts();
  }

  /**
   * Each side against the values its written digits allow, evaluated by {@link NativeSides}
   * where it reads the side (the same verdict under any load), else by the engine.
   */
  private StepVerdict rounded(CheckContext ctx, String lhs, Relation rel, String rhs,
      boolean localPartials, Map<String, Double> point) {
    StepVerdict first = roundedWith(ctx, lhs, rel, rhs, localPartials, point, false);
    if (!(first instanceof StepVerdict.Refuted)) {
      return first;
    }
    StepVerdict again = roundedWith(ctx, lhs, rel, rhs, localPartials, point, true);
    return again instanceof StepVerdict.Refuted ? first : new StepVerdict.NotChecked(
        "the first evaluation found the sides apart, the second evaluator did not: "
            + first.evidence());
  }

  private StepVerdict roundedWith(CheckContext ctx, String lhs, Relation rel, String rhs,
      boolean localPartials, Map<String, Double> point, boolean useSecond) {
    java.util.function.ToDoubleFunction<String> value = side -> {
      double own = natives.value(ctx, side, point, useSecond);
      if (!Double.isNaN(own)) {
        return own;
      }
      try {
        Expr e = resolve(ctx, side, localPartials);
        return useSecond ? second.value(e, point) : engine.numeric(e, point);
      } catch (RuntimeException ex) {
        return Double.NaN;
      }
    };
    double[] lr = rel == Relation.APPROX ? RoundingRange.of(RoundingRange.exactShort(lhs),
        value) : RoundingRange.of(RoundingRange.exact(lhs), value);
    double[] rr = RoundingRange.of(rhs, value);
    if (Double.isNaN(lr[0]) || Double.isNaN(rr[0])) {
      return new StepVerdict.NotChecked("a side is not a number here; a numeric step needs "
          + "values for its variables");
    }
    // values printed to nine or more digits are often cut, not rounded: 1e-9 relative slack
    double slack = 1e-9 * Math.max(Math.abs(lr[1]), Math.abs(rr[1])) + 1e-15;
    boolean holds = switch (rel) {
      case EQUAL, APPROX -> lr[0] <= rr[1] + slack && rr[0] <= lr[1] + slack;
      case LESS, LESS_EQUAL -> lr[0] <= rr[1] + slack;
      case GREATER, GREATER_EQUAL -> lr[1] >= rr[0] - slack;
    };
    int digits = Digits.toTell(lr[0], lr[1], rr[0], rr[1]);
    String right = interval(rr, digits);
    String left = lr[0] == lr[1] ? Digits.format(lr[0], digits) : interval(lr, digits);
    if (holds) {
      return new StepVerdict.Proved("numerically: left " + (lr[0] == lr[1] ? "= " : "")
          + left + ", right " + right + " to the digits written");
    }
    return new StepVerdict.Refuted(point, (lr[0] + lr[1]) / 2, (rr[0] + rr[1]) / 2,
        (rel == Relation.APPROX && lr[0] != lr[1] ? "left to the digits written is " + left
            + ", " : "") + "right side to the digits written is " + right);
  }

  private static String interval(double[] r, int digits) {
    return "[" + Digits.format(r[0], digits) + ", " + Digits.format(r[1], digits) + "]";
  }

  private StepVerdict inequality(CheckContext ctx, Expr l, Relation rel, Expr r) {
    Domain d = ctx.domain();
    Random random = new Random(7);
    List<String> vars = new ArrayList<>(engine.freeSymbols(l));
    engine.freeSymbols(r).stream().filter(v -> !vars.contains(v)).forEach(vars::add);
    Map<String, Double> fixed = numeric(ctx.point());
    for (int k = 0; k < SAMPLES; k++) {
      Map<String, Double> p = new LinkedHashMap<>(fixed);
      for (String v : vars) {
        if (!p.containsKey(v)) {
          double[] i = d.intervals().getOrDefault(v, new double[] {-3, 3});
          p.put(v, i[0] + (i[1] - i[0]) * random.nextDouble());
        }
      }
      double lv = engine.numeric(l, p);
      double rv = engine.numeric(r, p);
      if (!rel.holds(lv, rv)) {
        double a = second.value(l, p);
        double b = second.value(r, p);
        return Double.isFinite(a) && Double.isFinite(b) && !rel.holds(a, b)
            ? new StepVerdict.Refuted(p, lv, rv, "")
            : new StepVerdict.NotChecked("fails at " + p + " in double precision only");
      }
      if (vars.stream().allMatch(fixed::containsKey)) {
        return new StepVerdict.Proved("numerically, both sides are numbers: " + lv + " "
            + rel.symbol() + " " + rv);
      }
    }
    return new StepVerdict.Unknown(SAMPLES, 0);
  }

  private Map<String, Double> numeric(Map<String, Expr> point) {
    Map<String, Double> out = new LinkedHashMap<>();
    point.forEach((k, v) -> out.put(k, engine.numeric(v, Map.of())));
    return out;
  }

  private static String describe(Map<String, Expr> point) {
    StringBuilder b = new StringBuilder();
    point.forEach((k, v) -> b.append(b.isEmpty() ? "" : ", ").append(k).append(" = ")
        .append(v.unicode()));
    return b.toString();
  }

  private static String firstLine(String s) {
    return s == null ? "error" : s.lines().findFirst().orElse(s);
  }
}
