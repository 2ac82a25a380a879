package gradlab.check;

import gradlab.symbolic.Expr;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A partial written upside down, ∂z₁/∂a₁ where the text defines a₁ = σ(z₁) and never z₁ in terms
 * of a₁ (seed 001's worked solution writes ∂z₁/∂a₁ = σ′(z₁) for ∂a₁/∂z₁). Its readings are the
 * inverse's derivative 1/(∂a₁/∂z₁) and 0 (z₁ does not depend on a₁ in the text's graph); the step
 * is refuted only where it fails under both, confirmed as every refutation is; where one reading
 * holds it stays "not checked", saying so. The step had been "not checked: z₁ is not written in
 * terms of a₁", so the worked solution's four inverted factors were never found.
 */
final class InvertedPartials {
  private static final Pattern PD = Pattern.compile("pd\\(\\s*([A-Za-z][A-Za-z0-9]*)\\s*,\\s*"
      + "([A-Za-z][A-Za-z0-9]*)\\s*\\)");

  private InvertedPartials() {}

  static StepVerdict verdict(DocumentRun run, String lhs, Relation rel, String rhs,
      StepVerdict v) {
    if (!(v instanceof StepVerdict.NotChecked nc) || rel != Relation.EQUAL
        || !nc.reason().contains("is not written in terms of")) {
      return v;
    }
    String shown = null;
    Matcher all = PD.matcher(lhs + " " + rhs);
    while (all.find()) {
      if (inverted(run, all.group(1), all.group(2)) == null) {
        return v;
      }
      shown = shown == null ? "∂" + LatexNames.readable(all.group(1)) + "/∂"
          + LatexNames.readable(all.group(2)) : shown;
    }
    if (shown == null) {
      return v;
    }
    String[] inverse = {inverses(run, lhs), inverses(run, rhs)};
    String[] zero = {PD.matcher(lhs).replaceAll("0"), PD.matcher(rhs).replaceAll("0")};
    CheckContext at = run.ctx;
    StepVerdict a = run.budget.run(by -> run.checker.check(at, inverse[0], rel, inverse[1], by));
    StepVerdict b = run.budget.run(by -> run.checker.check(at, zero[0], rel, zero[1], by));
    String readings = shown + " read as the inverse's derivative and as 0 (the text writes "
        + "the other direction only)";
    // read as 0 the claim is "0 = σ′(z₁)": a number against a formula, which the checker calls
    // false as an identity without a ✗ (it might hold at values the text states); the step
    // itself is an identity in z₁, so failing as one is failing
    boolean zeroFails = b instanceof StepVerdict.Refuted || b instanceof StepVerdict.NotChecked z
        && z.reason().startsWith(StepChecker.FALSE_AS_IDENTITY);
    if (a instanceof StepVerdict.Refuted f && zeroFails) {
      return new StepVerdict.Refuted(f.point(), f.lhs(), f.rhs(), readings
          + ": it fails under both" + (f.detail().isEmpty() ? "" : "; " + f.detail()));
    }
    if (a instanceof StepVerdict.Proved || b instanceof StepVerdict.Proved) {
      return new StepVerdict.NotChecked("ambiguous: " + readings + "; it holds under one of "
          + "them only");
    }
    return v;
  }

  /** {@code side} with each pd(top, var) as 1/(∂var/∂top). */
  private static String inverses(DocumentRun run, String side) {
    Matcher m = PD.matcher(side);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement("(1/(" + inverted(run, m.group(1),
          m.group(2)).input() + "))"));
    }
    m.appendTail(b);
    return b.toString();
  }

  /**
   * ∂var/∂top of the text's definition of {@code var} in terms of {@code top} (the direction
   * the text writes), where {@code top} is not itself defined in terms of {@code var}; else null.
   */
  private static Expr inverted(DocumentRun run, String top, String var) {
    if (!run.ctx.defines(var)) {
      return null;
    }
    Expr def = run.ctx.asDefinitions().rhs(var).orElse(null);
    if (def == null || def.isFreeOf(top)) {
      return null;
    }
    Expr top2 = run.ctx.defines(top) ? run.ctx.asDefinitions().rhs(top).orElse(null) : null;
    if (top2 != null && !top2.isFreeOf(var)) {
      return null;
    }
    return run.engine.diff(def, top);
  }
}
