package gradlab.check;

import gradlab.symbolic.ChainRule;
import gradlab.symbolic.Domain;
import gradlab.symbolic.Expr;
import gradlab.symbolic.IdentityProver;
import gradlab.symbolic.IdentityVerdict;
import gradlab.symbolic.SymbolicEngine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides one step {@code lhs rel rhs} in a context. Sides are engine syntax; {@code pd(A, B)}
 * is ∂A/∂B, differentiated through the context's definitions by the chain rule. Decimal
 * literals on the right side stand for every number that rounds to them ("to the digits
 * written"); the left side is taken at face value. With a named point in scope, a step that is
 * not an identity is checked at that point by exact arithmetic. Nothing is called refuted
 * without the values of both sides at a point.
 */
public final class StepChecker {
  private static final Pattern PD = Pattern.compile("pd\\(\\s*([A-Za-z][A-Za-z0-9]*)\\s*,\\s*"
      + "([A-Za-z][A-Za-z0-9]*)\\s*\\)");
  private static final Pattern DECIMAL = Pattern.compile("(?<![\\w.])(\\d+)\\.(\\d+)(?![\\w.])");
  private static final int SAMPLES = 30;

  private final SymbolicEngine engine;
  private final IdentityProver prover;

  public StepChecker(SymbolicEngine engine) {
    this.engine = engine;
    this.prover = new IdentityProver(engine, SAMPLES, 20261123L);
  }

  /**
   * ∂A/∂B has two readings: the local partial of A's definition when B is one of its direct
   * arguments (the computational-graph convention, ∂u/∂x = 1/v for u = x/v), and the total
   * derivative through all definitions. A step holds if it holds under either reading; it is
   * refuted only when it is refuted under both.
   */
  public StepVerdict check(CheckContext ctx, String lhs, Relation rel, String rhs) {
    StepVerdict local = checkReading(ctx, lhs, rel, rhs, true);
    if (local instanceof StepVerdict.Proved || !(lhs + rhs).contains("pd(")) {
      return local;
    }
    StepVerdict total = checkReading(ctx, lhs, rel, rhs, false);
    if (total instanceof StepVerdict.Proved p) {
      return new StepVerdict.Proved(p.how() + ", reading ∂ as total derivatives");
    }
    if (local instanceof StepVerdict.Refuted && total instanceof StepVerdict.Refuted) {
      return local;
    }
    return local instanceof StepVerdict.Refuted ? total : local;
  }

  private StepVerdict checkReading(CheckContext ctx, String lhs, Relation rel, String rhs,
      boolean localPartials) {
    Expr l;
    Expr r;
    try {
      l = resolve(ctx, lhs, localPartials);
      r = resolve(ctx, rhs, localPartials);
    } catch (RuntimeException e) {
      return new StepVerdict.NotChecked(firstLine(e.getMessage()));
    }
    java.util.Set<String> unstated = new java.util.TreeSet<>(engine.freeSymbols(l));
    unstated.removeAll(engine.freeSymbols(r));
    unstated.removeAll(ctx.point().keySet());
    if (!unstated.isEmpty() && engine.freeSymbols(r).stream().allMatch(ctx.point()::containsKey)) {
      return new StepVerdict.NotChecked("the step puts in values for " + unstated
          + ", which the text does not state");
    }
    boolean decimals = DECIMAL.matcher(rhs).find();
    if (rel == Relation.APPROX || decimals) {
      return rounded(ctx, l, rel, rhs, localPartials);
    }
    if (rel != Relation.EQUAL) {
      return inequality(ctx, l, rel, r);
    }
    IdentityVerdict v = prover.prove(l, r, ctx.domain());
    if (v instanceof IdentityVerdict.Proved p) {
      return new StepVerdict.Proved(p.strategy() + (!(lhs + rhs).contains("pd(") ? ""
          : localPartials ? ", reading ∂ of a direct argument as the local partial" : ""));
    }
    if (!ctx.point().isEmpty()) {
      return atPoint(ctx, l, r);
    }
    if (v instanceof IdentityVerdict.Refuted f) {
      java.util.Set<String> oneSided = new java.util.TreeSet<>(engine.freeSymbols(l));
      oneSided.addAll(engine.freeSymbols(r));
      java.util.Set<String> both = new java.util.HashSet<>(engine.freeSymbols(l));
      both.retainAll(engine.freeSymbols(r));
      oneSided.removeAll(both);
      if (!oneSided.isEmpty()) {
        return new StepVerdict.NotChecked("false as an identity, but it depends on " + oneSided
            + ", which occur on one side only: true only for values the text does not state "
            + String.format(java.util.Locale.ROOT, "(e.g. at %s: left %.6g, right %.6g)",
                f.point(), f.lhs(), f.rhs()));
      }
      return new StepVerdict.Refuted(f.point(), f.lhs(), f.rhs(), "");
    }
    IdentityVerdict.Unknown u = (IdentityVerdict.Unknown) v;
    if (u.checkedPoints() == 0) {
      return new StepVerdict.NotChecked("neither proved nor comparable: the sides have no "
          + "numeric value (undefined functions or names?)");
    }
    return new StepVerdict.Unknown(u.checkedPoints(), u.tolerance());
  }

  /** Parse, expand ∂A/∂B, apply function rules and inline the definitions. */
  Expr resolve(CheckContext ctx, String side, boolean localPartials) {
    Matcher m = PD.matcher(side);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement("(" + partial(ctx, m.group(1),
          m.group(2), localPartials).input() + ")"));
    }
    m.appendTail(b);
    // inline first: definitions may use the functions (h1 = a(h1in))
    return expandFunctions(ctx, ctx.asDefinitions().inline(engine, engine.eval(b.toString())));
  }

  /** Applies the functions defined in the text, a(t) = …, to every call in {@code e}. */
  public Expr expandFunctions(CheckContext ctx, Expr e) {
    if (ctx.functionRules().isEmpty()) {
      return e;
    }
    return engine.eval("ReplaceRepeated(" + e.input() + ", {" + String.join(",",
        ctx.functionRules()) + "})");
  }

  private Expr partial(CheckContext ctx, String top, String var, boolean localPartials) {
    if (ctx.defines(top)) {
      Expr rhs = ctx.asDefinitions().rhs(top).orElseThrow();
      if (localPartials && !rhs.isFreeOf(var)) {
        return engine.diff(rhs, var);
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

  private StepVerdict atPoint(CheckContext ctx, Expr l, Expr r) {
    Expr lp = engine.substitute(l, ctx.point());
    Expr rp = engine.substitute(r, ctx.point());
    IdentityVerdict v = prover.prove(lp, rp, ctx.domain());
    String where = describe(ctx.point());
    return switch (v) {
      case IdentityVerdict.Proved p -> new StepVerdict.Proved("at " + where + " by exact "
          + "arithmetic (" + p.strategy() + ")");
      case IdentityVerdict.Refuted f -> new StepVerdict.Refuted(numeric(ctx.point(), f.point()),
          f.lhs(), f.rhs(), "at " + where);
      case IdentityVerdict.Unknown u -> u.checkedPoints() == 0
          ? new StepVerdict.NotChecked("the sides have no numeric value at " + where)
          : new StepVerdict.Unknown(u.checkedPoints(), u.tolerance());
    };
  }

  /** lhs against every value the right side could have had before rounding. */
  private StepVerdict rounded(CheckContext ctx, Expr l, Relation rel, String rhsSource,
      boolean localPartials) {
    Map<String, Double> point = numeric(ctx.point(), Map.of());
    double lv;
    try {
      lv = engine.numeric(l, point);
    } catch (RuntimeException e) {
      return new StepVerdict.NotChecked("the left side is not a number here ("
          + firstLine(e.getMessage()) + "); a numeric step needs values for its variables");
    }
    double[] range = roundingRange(ctx, rhsSource, point, localPartials);
    double slack = 1e-12 * Math.max(1, Math.abs(lv));
    boolean within = lv >= range[0] - slack && lv <= range[1] + slack;
    boolean holds = switch (rel) {
      case EQUAL, APPROX -> within;
      case LESS, LESS_EQUAL -> lv <= range[1] + slack;
      case GREATER, GREATER_EQUAL -> lv >= range[0] - slack;
    };
    String interval = String.format(java.util.Locale.ROOT, "[%.6g, %.6g]", range[0], range[1]);
    if (holds) {
      return new StepVerdict.Proved(String.format(java.util.Locale.ROOT,
          "numerically: left = %.6g, right %s to the digits written", lv, interval));
    }
    return new StepVerdict.Refuted(point, lv, (range[0] + range[1]) / 2,
        "right side to the digits written is " + interval);
  }

  /** The right side's range when each decimal literal varies by half a unit in its last place. */
  private double[] roundingRange(CheckContext ctx, String source, Map<String, Double> point,
      boolean localPartials) {
    Matcher m = DECIMAL.matcher(source);
    List<int[]> spans = new ArrayList<>();
    List<Double> halfUnits = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
      halfUnits.add(0.5 * Math.pow(10, -m.group(2).length()));
    }
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    int corners = spans.size() <= 6 ? 1 << spans.size() : 64;
    Random random = new Random(1);
    for (int c = 0; c < corners; c++) {
      StringBuilder b = new StringBuilder(source);
      for (int k = spans.size() - 1; k >= 0; k--) {
        int[] s = spans.get(k);
        double v = Double.parseDouble(source.substring(s[0], s[1]));
        int sign = spans.size() <= 6 ? ((c >> k) & 1) * 2 - 1 : random.nextBoolean() ? 1 : -1;
        b.replace(s[0], s[1], "(" + (v + sign * halfUnits.get(k)) + ")");
      }
      double value = engine.numeric(resolve(ctx, b.toString(), localPartials), point);
      lo = Math.min(lo, value);
      hi = Math.max(hi, value);
    }
    return new double[] {lo, hi};
  }

  private StepVerdict inequality(CheckContext ctx, Expr l, Relation rel, Expr r) {
    Domain d = ctx.domain();
    Random random = new Random(7);
    List<String> vars = new ArrayList<>(engine.freeSymbols(l));
    engine.freeSymbols(r).stream().filter(v -> !vars.contains(v)).forEach(vars::add);
    Map<String, Double> fixed = numeric(ctx.point(), Map.of());
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
        return new StepVerdict.Refuted(p, lv, rv, "");
      }
      if (vars.stream().allMatch(fixed::containsKey)) {
        return new StepVerdict.Proved("numerically, both sides are numbers: " + lv + " "
            + rel.symbol() + " " + rv);
      }
    }
    return new StepVerdict.Unknown(SAMPLES, 0);
  }

  private Map<String, Double> numeric(Map<String, Expr> point, Map<String, Double> fallback) {
    Map<String, Double> out = new LinkedHashMap<>(fallback);
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
