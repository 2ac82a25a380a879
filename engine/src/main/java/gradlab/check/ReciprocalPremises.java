package gradlab.check;

import gradlab.symbolic.Expr;
import java.util.Set;

/**
 * A quantity stated through its reciprocal and then restated directly: Bishop's posterior
 * precision {@code \frac{1}{\sigma_N^2} = \frac{1}{\sigma_0^2} + \frac{N}{\sigma^2}} (2.142),
 * then "by (2.142) the posterior variance is" {@code \sigma_N^2 = \frac{\sigma_0^2
 * \sigma^2}{N\sigma_0^2 + \sigma^2}}. σ_N is never defined, so the second step was "not checked:
 * σ_N occurs on one side only", and the planted {@code \sigma_0^2 + N\sigma^2} in its
 * denominator was never located; the earlier claims taken as premises ({@link PremiseSteps})
 * solve only for quantities that enter affinely, and σ_N enters as 1/σ_N². A step whose left
 * side is the reciprocal of an earlier claim's left side, that claim's only undefined name, is
 * now checked as "its right side = 1/(the claim's right side)": proved, it follows from that
 * line; refuted, it does not follow from it (the claim is a premise, not proved, as every
 * premise of {@link PremiseSteps}). The name must not be defined, nor a point, nor on either
 * right side; the claim must be in scope and not refuted ({@link PremiseLedger}). Called after
 * the step's guards, which recheck the step as written (σ_N free): a ✗ is shown at the values
 * the text gave before where it fails there ({@link EarlierPoints}), and only where it needs no
 * hypothesis of an earlier case ({@link OtherCaseRefutations}: "Case 2. Otherwise, 1/s² = |x|,
 * so s² = −1/x" was refuted at case 1's x > 0, a guard the step's ✗ had skipped). Stateless.
 */
final class ReciprocalPremises {
  private ReciprocalPremises() {}

  /** The verdict through an earlier claim about the reciprocal of the left side, else {@code v}. */
  static StepVerdict verdict(DocumentRun run, String lhs, Relation rel, String rhs,
      StepVerdict v) {
    if (rel != Relation.EQUAL || !(v instanceof StepVerdict.NotChecked)
        || StepChecker.hugePower(lhs, rhs)) {
      // log((1/2)^{1000000000}): evaluating the side outlasted the step budget and restarted
      // the engine (d2l's coin); the step's own guard had said "not checked" for that reason
      return v;
    }
    try {
      Expr left = run.engine.eval(lhs);
      Set<String> names = run.engine.freeSymbols(left);
      if (names.size() != 1) {
        return v;
      }
      String u = names.iterator().next();
      if (run.ctx.defines(u) || run.ctx.point().containsKey(u)
          || run.engine.freeSymbols(run.engine.eval(rhs)).contains(u)) {
        return v;
      }
      for (PremiseLedger.Claim c : run.premises.mostRecentFirst(run.ctx)) {
        if (!run.engine.eval("1/(" + c.lhs() + ")").equals(left)
            || run.engine.freeSymbols(run.engine.eval(c.rhs())).contains(u)) {
          continue;
        }
        String premise = "1/(" + c.rhs() + ")";
        StepVerdict w = run.earlierPoints.guard(run, premise, Relation.EQUAL, rhs,
            run.budget.run(by -> run.checker.check(run.ctx, premise, Relation.EQUAL, rhs, by)));
        String from = "line " + c.line() + ", an earlier claim about its reciprocal taken as a "
            + "premise" + (c.verdict() instanceof StepVerdict.Proved ? "" : ", not proved");
        return switch (w) {
          case StepVerdict.Proved p -> new StepVerdict.Proved("follows from " + from + ": "
              + p.how());
          case StepVerdict.Refuted f -> run.otherCase.guard(run, new StepVerdict.Refuted(
              f.point(), f.lhs(), f.rhs(), "left: " + LatexNames.readable(u) + " by " + from
              + "; " + PremiseSteps.DOES_NOT_FOLLOW + "line " + c.line()));
          default -> v;
        };
      }
    } catch (RuntimeException e) {
      return v;
    }
    return v;
  }
}
