package gradlab.check;

import gradlab.symbolic.Domain;
import java.util.Map;

/**
 * The refutations of a case opened by "Otherwise", "Else" or "Case 2" ({@link OtherCases}). The
 * checker does not read what such a case assumes (the negation of the case before), and the
 * ranges the case before stated stay on: after "Case 1. If $x > 0$, then $$|x| = x$$ Case 2.
 * Otherwise, $$|x| = -x$$" the true second claim was refuted at x = 1.75, a value the case
 * excludes. In such a case a refutation stands only where it needs no hypothesis: a step without
 * variables, or one refuted at names the case itself gave a value or a range again; any other is
 * "not checked", naming the case. A heading ends the case. Mutable, one per document.
 */
final class OtherCaseRefutations {
  /** The domain when the case opened, or null outside such a case. */
  private Domain opened;

  /** Whether the case ends with its sentence ({@link TrailingOtherwise}). */
  private boolean paragraphOnly;

  /** A case opened by "Otherwise": the hypotheses read so far may not hold in it. */
  void openInPlace(Domain now) {
    opened = now;
    paragraphOnly = false;
    ranged = false;
  }

  /** A case opened by an "otherwise" trailing an inline formula: it ends with its sentence. */
  void openForItsSentenceInPlace(Domain now) {
    opened = now;
    paragraphOnly = true;
    ranged = false;
  }

  /** Whether the case's sentence ended: only names ranged before it stay guarded. */
  private boolean ranged;

  /**
   * A sentence ended: a case opened for it now guards only the names that had a range when it
   * opened ("if $x > 0$ … otherwise"), which its hypothesis may still exclude; not α.
   */
  void sentenceEndedInPlace() {
    if (paragraphOnly) {
      ranged = true;
    }
  }

  /** A heading: the case is over. */
  void endInPlace() {
    opened = null;
    ranged = false;
  }

  /** {@code v}, or "not checked" where it is a refutation that may lie outside the case. */
  StepVerdict guard(DocumentRun run, StepVerdict v) {
    if (opened == null || !(v instanceof StepVerdict.Refuted r)) {
      return v;
    }
    Map<String, double[]> before = opened.intervals();
    Map<String, double[]> now = run.ctx.domain().intervals();
    java.util.Set<String> real = RealQuantifiedNames.in(run); // "for every real $x$"
    for (String name : r.point().keySet()) {
      boolean stated = ranged && before.get(name) == null // "otherwise" trailed a formula
          || run.ctx.point().containsKey(name) || now.get(name) != null
          && now.get(name) != before.get(name) // "Case 2. If $x < 0$": the case's own range
          || real.contains(name);
      if (!stated) {
        return new StepVerdict.NotChecked("in another case (\"otherwise\"), whose hypothesis the"
            + " checker does not read: it " + r.evidence().replaceFirst("^refuted", "fails")
            + ", which the case may exclude");
      }
    }
    return v;
  }
}
