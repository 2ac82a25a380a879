package gradlab.check;

import gradlab.symbolic.Domain;
import java.util.List;

/**
 * A function given as one case and restated after it, "Let $s(x) = 1/(1+e^{-x})$ for $x > 0$,
 * so $s(x) = \frac{e^x}{1 + e^x}$.": the case is not read ({@link CaseDefinitions}) and the
 * restatement becomes s's definition. The restatement is also a claim about the case: it must
 * agree with it where the case's condition holds. Before, a wrong restatement ("so $s(x) =
 * \frac{1}{1 + e^x}$") was taken silently, and the true s′ = s(1 − s) after it was the first
 * wrong step. Now the restatement is checked against the case with the condition's range; where
 * it fails there it is refuted and not taken (s stays unread). Only where the condition bounds
 * its name by numbers (x &gt; 0, −1 &lt; x &lt; 1), and only after a concluding word ("so",
 * "hence"): "$g(x) = x$ for $x \ge 0$ and $g(x) = 0.01x$ for $x < 0$" is a second case, and
 * checking it against the first refuted a true leaky ReLU (CaseDefinitionsTest).
 */
final class CaseRestatements {
  private static final String CASE = "one case of a definition by cases (for ";
  private static final String CASE_END = "), which the reader";

  private CaseRestatements() {}

  /** Refutes a restatement that fails under its case's condition; false where it is taken. */
  static boolean refusedInPlace(DocumentRun run, int line, FunctionHeads.Head fn, List<String> raw,
      String body) {
    if (!Hypotheses.concludes(run.prose)) {
      return false; // "… for $x \ge 0$ and $g(x) = 0.01x$ for $x < 0$": another case
    }
    StepResult kase = null;
    for (StepResult r : run.out) {
      if (r.line() >= line - 1 && r.verdict() instanceof StepVerdict.NotChecked n
          && n.reason().startsWith(CASE) && n.reason().contains(CASE_END)) {
        FunctionHeads.Head h = FunctionHeads.parse(r.lhs());
        if (h != null && h.name().equals(fn.name())
            && h.parameterList().equals(fn.parameterList())) {
          kase = r;
        }
      }
    }
    String caseBody = kase == null ? null : run.read(kase.rhs());
    if (caseBody == null || body == null) {
      return false;
    }
    String reason = ((StepVerdict.NotChecked) kase.verdict()).reason();
    String condition = reason.substring(CASE.length(), reason.indexOf(CASE_END));
    Domain before = run.ctx.domain();
    StepVerdict v;
    try {
      HypothesisRanges.bound(run, ChainSplitter.split(condition));
      if (run.ctx.domain().equals(before)) {
        return false; // the condition bounds no name by numbers: not sampled within it
      }
      v = run.budget.run(by -> run.checker.check(run.ctx, caseBody, Relation.EQUAL, body, by));
    } catch (RuntimeException e) {
      return false;
    } finally {
      run.ctx = run.ctx.withDomain(before);
    }
    if (!(v instanceof StepVerdict.Refuted f)) {
      return false;
    }
    run.out.add(new StepResult(line, raw.get(0).strip(), Relation.EQUAL, raw.get(1).strip(),
        new StepVerdict.Refuted(f.point(), f.lhs(), f.rhs(), "against the case of line "
            + kase.line() + " (for " + condition.strip() + ")" + (f.detail() == null
            || f.detail().isBlank() ? "" : "; " + f.detail())), ""));
    return true;
  }
}
