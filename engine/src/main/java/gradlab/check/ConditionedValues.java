package gradlab.check;

import gradlab.symbolic.Expr;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A value the text concludes for a name that a condition it requires determines: "we need
 * $M\sigma^2 = 1$ … For $M = 100$ this gives $\sigma = 0.01$" was a named point σ = 0.01, never
 * checked, so a student's forgotten square root passed in silence (found by a student tester,
 * user30). Where the prose before the value concludes ("gives", "so", "we get") and the value
 * fails every condition in scope that names it, at the values the text gives the condition's
 * other names, for every value the written digits allow, and by two evaluators, it is refuted;
 * otherwise it stays a named point, as before (never a ✓: σ = −0.1 would satisfy σ² = 1/M too).
 */
final class ConditionedValues {
  /** Points across the rounding interval of the written value. */
  private static final int SAMPLES = 21;

  private ConditionedValues() {}

  /** The refutation of {@code head = number}, or null where it stands as a named point. */
  static StepVerdict.Refuted verdict(DocumentRun run, String head, String number) {
    if (!(Hypotheses.concludes(run.prose) || Hypotheses.sentenceConcludes(run.prose))) {
      return null;
    }
    StepVerdict.Refuted out = null;
    for (StatedConditions.Condition c : run.conditions.mostRecentFirst()) {
      StepVerdict.Refuted r = against(run, c, head, number);
      if (r == null && names(run, c, head)) {
        return null; // consistent with one condition on the name, or not decided there
      }
      out = out == null ? r : out;
    }
    return out;
  }

  /** Whether condition {@code c} names {@code head}. */
  private static boolean names(DocumentRun run, StatedConditions.Condition c, String head) {
    return mentions(run, c, head);
  }

  private static boolean mentions(DocumentRun run, StatedConditions.Condition c, String head) {
    try {
      return run.engine.freeSymbols(run.engine.eval(c.lhs())).contains(head)
          || run.engine.freeSymbols(run.engine.eval(c.rhs())).contains(head);
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** The refutation of the value against one condition, or null (holds, or undecided). */
  private static StepVerdict.Refuted against(DocumentRun run, StatedConditions.Condition c,
      String head, String number) {
    try {
      if (!names(run, c, head)) {
        return null;
      }
      Expr l = at(run, c.lhs());
      Expr r = at(run, c.rhs());
      var free = new java.util.LinkedHashSet<>(run.engine.freeSymbols(l));
      free.addAll(run.engine.freeSymbols(r));
      if (!free.equals(java.util.Set.of(head))) {
        return null; // another name of the condition has no value here
      }
      BigDecimal v = new BigDecimal(number.strip());
      double half = v.scale() > 0 ? 0.5 * Math.pow(10, -v.scale()) : 0;
      int sign = 0;
      for (int k = 0; k < SAMPLES; k++) {
        double x = v.doubleValue() - half + 2 * half * k / (SAMPLES - 1);
        int s = side(run, l, r, Map.of(head, x));
        if (s == 0 || sign != 0 && s != sign) {
          return null; // holds for a value the digits allow
        }
        sign = s;
      }
      Map<String, Double> exact = Map.of(head, v.doubleValue());
      double lv = run.engine.numeric(l, exact);
      double rv = run.engine.numeric(r, exact);
      Map<String, Double> point = new LinkedHashMap<>();
      run.ctx.point().forEach((n, e) -> {
        if (mentions(run, c, n)) {
          point.put(n, value(run, e));
        }
      });
      point.put(head, v.doubleValue());
      return new StepVerdict.Refuted(point, lv, rv, String.format(Locale.ROOT,
          "the sides of the condition %s (line %d), which the value fails", c.shown(), c.line()));
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The sign of left − right by both evaluators; 0 where they disagree or it is about 0. */
  private static int side(DocumentRun run, Expr l, Expr r, Map<String, Double> p) {
    double a = run.engine.numeric(l, p) - run.engine.numeric(r, p);
    double b = run.engine.value(l, p) - run.engine.value(r, p);
    double scale = Math.max(1, Math.max(Math.abs(run.engine.numeric(l, p)),
        Math.abs(run.engine.numeric(r, p))));
    if (!Double.isFinite(a) || !Double.isFinite(b) || Math.abs(a) <= 1e-9 * scale
        || Math.signum(a) != Math.signum(b)) {
      return 0;
    }
    return (int) Math.signum(a);
  }

  /** A side with the text's definitions and its named point's values put in. */
  private static Expr at(DocumentRun run, String side) {
    Expr e = run.ctx.asDefinitions().inline(run.engine, run.engine.eval(side));
    return run.ctx.point().isEmpty() ? e : run.engine.substitute(e, run.ctx.point());
  }

  private static double value(DocumentRun run, Expr e) {
    try {
      return run.engine.numeric(e, Map.of());
    } catch (RuntimeException ex) {
      return Double.NaN;
    }
  }
}
