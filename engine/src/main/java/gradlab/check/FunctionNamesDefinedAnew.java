package gradlab.check;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A name the text defined as a function, given a formula as a plain name in a later sentence that
 * announces a new meaning: an exam's {@code **Q3.** Let $L(w) = (w x - y)^2$} and then
 * {@code **Q4.** Let $L = (\sigma(w x) - y)^2$}. The second line was "not checked: L is a
 * function the text defines", and L kept Q3's meaning, so the true
 * {@code \frac{\partial L}{\partial w} = 2(\sigma(w x) - y)\sigma(w x)(1 - \sigma(w x)) x} of Q4
 * was refuted against {@code (w x - y)^2} (found by a new user preparing an answer key). Where the
 * prose announces the meaning ("let", "now", "define", …, {@link Redefinitions#announced}) and
 * the formula is read, is not a number and does not use the name itself, the function is
 * dropped and the name defined anew. A number ({@code J = 0.5} of a function J(w): which value
 * of J is meant is not written) and an unannounced formula stay as before. Stateless.
 */
final class FunctionNamesDefinedAnew {
  private static final Pattern NUMBER = NumberPatterns.DECIMAL_OR_FRACTION_ANY_MINUS;

  private FunctionNamesDefinedAnew() {}

  /** Defines {@code head} anew and returns true, or returns false and changes nothing. */
  static boolean defineInPlace(DocumentRun run, int line, List<String> raw, List<String> terms,
      Relation rel0) {
    String head = terms.get(0);
    if (rel0 != Relation.EQUAL || raw.size() != 2 || head == null || terms.get(1) == null
        || !EngineNames.is(head) || NUMBER.matcher(terms.get(1).strip()).matches()
        || terms.get(1).matches(".*\\b" + Pattern.quote(head) + "\\b.*")
        || run.prose == null || !Redefinitions.announced(run.prose)) {
      return false;
    }
    run.ctx = run.ctx.withoutFunction(head);
    run.functions.remove(head);
    run.values.clear(); // values computed through the old function are stale
    run.steps.define(line, head, raw.get(0), raw.get(1), terms.get(1));
    return true;
  }
}
