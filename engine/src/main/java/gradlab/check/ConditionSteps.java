package gradlab.check;

import gradlab.symbolic.Definition;
import gradlab.symbolic.Expr;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * A step that follows from a condition the text states ({@link StatedConditions}): after "we
 * simply try to satisfy ½(n_in + n_out)σ² = 1", the step "or equivalently σ = √(2/(n_in +
 * n_out))", or "variance σ² = 2/(n_in + n_out)", is checked on the condition: the condition is
 * solved for a name of the step it is affine in ({@link AffineElimination}), the value is put in,
 * and the step decided as usual. Standard deviations (σ read as a number) and variances are
 * positive: a step is first decided with them positive, which is the reading the text means.
 * It is refuted only if it also fails with them negative (every sign branch), and where no
 * coefficient divided by is zero. Only steps that are otherwise not checked are looked at.
 * Stateless.
 */
final class ConditionSteps {
  private ConditionSteps() {}

  /**
   * A refutation of a step on a name a stated condition constrains, reached without that
   * condition ("the biases so that $z_j = 0$ (and so $σ′(z_j) = 1/4$)" was ✗ at z₁ = 49 when the
   * step was written out per member): not certain, so not checked, naming the condition.
   */
  static StepVerdict unlessConditioned(DocumentRun run, String lhs, String rhs, StepVerdict v) {
    if (!(v instanceof StepVerdict.Refuted)) {
      return v;
    }
    Set<String> stepNames = names(lhs + " " + rhs);
    for (StatedConditions.Condition c : run.conditions.mostRecentFirst()) {
      Set<String> constrained = names(c.lhs() + " " + c.rhs());
      constrained.retainAll(stepNames);
      if (!constrained.isEmpty()) {
        return new StepVerdict.NotChecked("it fails where the condition on line " + c.line()
            + " (" + c.shown() + ") does not hold, and the checker could not impose it here");
      }
    }
    return v;
  }

  /** The verdict on {@code lhs = rhs} given the conditions in scope, else {@code without}. */
  static StepVerdict verdict(DocumentRun run, String lhs, Relation rel, String rhs,
      StepVerdict without) {
    if (rel != Relation.EQUAL || !(without instanceof StepVerdict.NotChecked)) {
      return without;
    }
    Set<String> stepNames = names(lhs + " " + rhs);
    for (StatedConditions.Condition c : run.conditions.mostRecentFirst()) {
      try {
        StepVerdict v = given(run, c, lhs, rhs, stepNames);
        if (v != null) {
          return v;
        }
      } catch (RuntimeException e) {
        // a condition the checker cannot solve or read says nothing about this step
      }
    }
    return without;
  }

  private static StepVerdict given(DocumentRun run, StatedConditions.Condition c, String lhs,
      String rhs, Set<String> stepNames) {
    Set<String> unknowns = names(c.lhs() + " " + c.rhs());
    unknowns.removeIf(n -> run.ctx.defines(n) || run.ctx.point().containsKey(n)
        || run.functions.contains(n));
    unknowns.retainAll(stepNames);
    if (unknowns.isEmpty()) {
      return null;
    }
    Expr a = run.checker.resolve(run.ctx, c.lhs(), true);
    Expr b = run.checker.resolve(run.ctx, c.rhs(), true);
    Expr eq = run.engine.substitute(run.engine.eval("conditionleft - conditionright"),
        Map.of("conditionleft", a, "conditionright", b));
    AffineElimination.Result solved = AffineElimination.solve(run.engine, List.of(eq),
        Arrays.asList((String) null), unknowns);
    if (solved.values().isEmpty() || solved.contradiction() >= 0) {
      return null;
    }
    CheckContext given = run.ctx;
    for (Map.Entry<String, Expr> v : solved.values().entrySet()) {
      given = given.withDefinition(new Definition(v.getKey(), v.getValue()));
    }
    Set<String> signed = new LinkedHashSet<>(stepNames);
    signed.addAll(names(c.lhs() + " " + c.rhs()));
    signed.removeIf(n -> !(n.startsWith("sigmav") || n.startsWith("varof"))
        || solved.values().containsKey(n) || run.ctx.domain().intervals().containsKey(n)
        || run.ctx.defines(n) || run.ctx.point().containsKey(n));
    String from = "the condition on line " + c.line();
    String positive = signed.isEmpty() ? "" : ", taking " + String.join(", ", signed.stream()
        .map(LatexNames::readable).toList()) + " > 0 (standard deviations and variances are "
        + "positive)";
    CheckContext positiveBranch = branch(given, signed, 0.1, 3);
    StepVerdict v = decide(run, positiveBranch, lhs, rhs);
    String[] squared = squared(lhs, rhs, signed);
    if (v instanceof StepVerdict.Unknown && squared != null
        && decide(run, positiveBranch, squared[0], squared[1]) instanceof StepVerdict.Proved p) {
      // σ = √(2/(n_in + n_out)) with σ > 0 holds exactly when σ² = 2/(n_in + n_out)
      v = new StepVerdict.Proved("squared (both sides positive): " + p.how());
    }
    switch (v) {
      case StepVerdict.Proved p -> {
        return new StepVerdict.Proved("follows from " + from + positive + ": " + p.how());
      }
      case StepVerdict.Unknown u when !u.undecided() -> {
        return new StepVerdict.Unknown(u.samples(), u.tolerance(), "holds at " + u.samples()
            + " random points given " + from + positive + ", not proved");
      }
      case StepVerdict.Refuted f -> {
        if (!signed.isEmpty() && !(decide(run, branch(given, signed, -3, -0.1), lhs, rhs)
            instanceof StepVerdict.Refuted)) {
          return new StepVerdict.NotChecked("given " + from + " it fails where "
              + String.join(", ", signed.stream().map(LatexNames::readable).toList())
              + " > 0, but not on every sign branch");
        }
        for (Expr k : solved.coefficients()) {
          double x = run.engine.numeric(k, f.point());
          if (!Double.isFinite(x) || Math.abs(x) < 1e-9) {
            return null;
          }
        }
        StringBuilder values = new StringBuilder();
        solved.values().forEach((k, e) -> values.append(values.length() == 0 ? "" : ", ")
            .append(LatexNames.readable(k)).append(" = ").append(PremiseSteps.WORD
            .matcher(e.unicode()).replaceAll(m -> Matcher.quoteReplacement(LatexNames.readable(
            m.group())))));
        return new StepVerdict.Refuted(f.point(), f.lhs(), f.rhs(), "does not follow from "
            + from + ": given it, " + values + (f.detail().isEmpty() ? "" : "; " + f.detail()));
      }
      default -> {
        return null;
      }
    }
  }

  /**
   * {@code x = √e} of a positive name x as {x², e} (equivalent where x > 0, since √ is never
   * negative), else null.
   */
  private static String[] squared(String lhs, String rhs, Set<String> positive) {
    String x = lhs.strip();
    String r = rhs.strip();
    if (!positive.contains(x) || !r.startsWith("Sqrt(") || !r.endsWith(")")) {
      return null;
    }
    int depth = 0;
    for (int i = 4; i < r.length(); i++) {
      depth += r.charAt(i) == '(' ? 1 : r.charAt(i) == ')' ? -1 : 0;
      if (depth == 0 && i < r.length() - 1) {
        return null; // Sqrt(a)*b: the root is not the whole side
      }
    }
    return new String[] {"(" + x + ")^2", r.substring(5, r.length() - 1)};
  }

  private static StepVerdict decide(DocumentRun run, CheckContext at, String lhs, String rhs) {
    return run.budget.run(by -> run.checker.check(at, lhs, Relation.EQUAL, rhs, by));
  }

  private static CheckContext branch(CheckContext ctx, Set<String> names, double lo,
      double hi) {
    CheckContext out = ctx;
    for (String n : names) {
      out = out.withDomain(out.domain().with(n, lo, hi));
    }
    return out;
  }

  /** The names in engine syntax (not function heads), lower-case words kept as written. */
  static Set<String> names(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = PremiseSteps.WORD.matcher(text);
    while (m.find()) {
      String w = m.group();
      if (!w.toLowerCase(Locale.ROOT).equals("pd") && !w.equals("E") && !w.equals("Pi")) {
        out.add(w);
      }
    }
    return out;
  }
}
