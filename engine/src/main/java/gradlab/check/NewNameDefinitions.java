package gradlab.check;

import java.util.List;
import java.util.Set;

/**
 * A name the text introduces here, {@code a = …} of a name no earlier formula, condition or claim
 * uses, whose right side the reader does not take as a definition (unread notation, two readings
 * of it, a function the text never defines): notation, not a claim. Such a line was checked as
 * an inline claim and shown "not checked: a, … are not defined in the text and occur on one side
 * only" (Bishop's {@code a = \ln \frac{p(x|C_1)p(C_1)}{p(x|C_2)p(C_2)}}, RankNet's "the scores
 * $s_i = f(x_i)$", Parr and Howard's {@code y = f(g(x))}): a claim no evidence can decide, since
 * a new name may be given any value. After the claim was checked and the name recorded as defined
 * in a way not read ({@link UntakenDefinitions#recordInPlace}, which keeps later steps through it
 * unchecked, as before), its "not checked" is shown as what it is: a new name, with the reason
 * its definition was not read, and no verdict. Not for a name the text used before (the line may
 * then state its value: a claim), a right side without a name ("L = 2.5": a value to check by
 * hand), one holding the name itself, words ("a = its logit"), a result concluded after "so" or
 * ⇒ from earlier claims, or plain text. Stateless.
 */
final class NewNameDefinitions {
  static final String NOTE = "a new name defined here, not a claim; its definition is not read";

  private NewNameDefinitions() {}

  /**
   * Shows the "not checked" result of {@code head = raw[1]} on {@code line} (among the results
   * from {@code before}) as a new name's definition, where the head is such a new name.
   */
  static void relabelInPlace(DocumentRun run, int line, String head, List<String> raw,
      int before) {
    if (!run.latex() || head == null || !EngineNames.is(head) || run.ctx.defines(head)
        || run.functions.contains(head) || run.ctx.point().containsKey(head)
        || run.sized.defines(head) || run.ctx.used().used(head)
        || run.network.defines(raw.get(0)) || run.indexed.defines(raw.get(0))) {
      return;
    }
    Set<String> right = FormulaNames.of(raw.get(1), run.reading());
    if (right.isEmpty() || right.contains(head) || ProseNamesGuard.holdsWords(run, raw.get(1))
        || DerivedResults.concluded(run, head) || run.premises.all().stream().anyMatch(c ->
            c.line() != line && ConditionSteps.names(c.lhs() + " " + c.rhs()).contains(head))
        || run.conditions.mostRecentFirst().stream().anyMatch(c -> ConditionSteps.names(
            c.lhs() + " " + c.rhs()).contains(head))) {
      return;
    }
    for (int k = before; k < run.out.size(); k++) {
      StepResult r = run.out.get(k);
      if (r.line() == line && r.lhs().strip().equals(raw.get(0).strip())
          && r.verdict() instanceof StepVerdict.NotChecked n) {
        run.out.set(k, new StepResult(r.line(), r.lhs(), r.relation(), r.rhs(), null, NOTE
            + " (" + NotCheckedSummary.oneLine(n.reason().replaceFirst("^not checked: ", ""))
            + ")"));
      }
    }
  }
}
