package gradlab.check;

import java.util.ArrayList;
import java.util.List;

/**
 * A member of a family the text defines by an ordinary index, sampled as a free number: with
 * {@code p_k = \frac{e^{z_k}}{\sum_j e^{z_j}}} defined, the step {@code \frac{\partial \log
 * p_1}{\partial z_1} = 1 - p_1} (true: the softmax's log-derivative) was refuted at
 * p₁ = 1.76, left side 0: the family was not written out for that step, so p₁ was held fixed
 * (found by the lead's new-user probe, thirty-third round). A refutation at a point that gives
 * such a member a value in a step that differentiates is never issued: the member has a
 * definition the evaluation did not use, so its dependence on the variable was taken as none.
 * Recurrences are not covered (their lowest member stays free by design). Stateless.
 */
final class UnwrittenFamilyMembers {
  private static final int MOST_MEMBER = 9;
  /** An engine name ending in a member's number: p1 of p_1, a base of one to three letters. */
  private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile(
      "([A-Za-z]{1,3}?)([0-9])");
  /** The letters that index members: p_k, y_i, a_j (not t, a recurrence's). */
  private static final String LETTERS = "ijklmn";
  /** A derivative in engine syntax: the member's dependence on its variable is what matters. */
  static final java.util.regex.Pattern DERIVATIVE = java.util.regex.Pattern.compile(
      "(?<![A-Za-z0-9_])(?:pd|dd|diff|D)\\(");

  private UnwrittenFamilyMembers() {}

  /** {@code v}, or "not checked" where its counterexample set a defined family's member. */
  static StepVerdict guard(DocumentRun run, String lhs, String rhs, StepVerdict v) {
    if (!(v instanceof StepVerdict.Refuted f) || !DERIVATIVE.matcher(lhs + " " + rhs).find()) {
      return v; // without a derivative a member's value is what it is, defined or sampled
    }
    List<IndexedFamilies.Family> families = new ArrayList<>(run.indexed.members());
    for (String name : f.point().keySet()) {
      if (run.ctx.defines(name)) {
        continue;
      }
      java.util.regex.Matcher numbered = NUMBERED.matcher(name);
      String head = !numbered.matches() ? null : LETTERS.chars().mapToObj(c -> numbered.group(1)
          + (char) c).filter(run.ctx::defines).findFirst().orElse(null);
      if (head != null) { // p_1 of a p_k defined as one name (its Σ with concrete bounds)
        return unwritten(name, head);
      }
      for (IndexedFamilies.Family family : families) {
        if (isMember(run, family, name)) {
          return unwritten(name, IndexedFamilies.name(family.head(), run.reading()));
        }
      }
    }
    return v;
  }

  private static StepVerdict unwritten(String member, String family) {
    String shown = LatexNames.readable(member);
    return new StepVerdict.NotChecked(shown + " is a member of a family the text defines ("
        + LatexNames.readable(family) + "), which the checker does not write out in this step "
        + "(it took " + shown + " for a free number)");
  }

  private static boolean isMember(DocumentRun run, IndexedFamilies.Family family, String name) {
    try {
      if (name.equals(IndexedFamilies.name(family.head(), run.reading()))) {
        return true;
      }
      for (int m = 0; m <= MOST_MEMBER; m++) {
        if (name.equals(IndexedFamilies.name(family.member(m), run.reading()))) {
          return true;
        }
      }
    } catch (RuntimeException unread) {
      return false; // a head the reader cannot read names no engine name
    }
    return false;
  }
}
