package gradlab.check;

import gradlab.symbolic.IdentityVerdict;
import java.util.Locale;
import java.util.Set;

/**
 * A step that holds at every sample point whatever values its undefined names take is an
 * identity in them: raw.org's {@code \log\sum_i e^{x_i} = a + \log\sum_i e^{x_i - a}} "for an
 * arbitrary a", or a Σ written out whose members x₁ … xₙ the text never defines (a family of free
 * values). Such a step was "not checked: a is not defined in the text and occurs on one side
 * only", although the undefined name was sampled freely and the sides agreed at every point;
 * it is now "unknown" with that evidence. Only the "holds" side is taken: a step that fails for
 * free values keeps its "not checked" (the name may stand for one particular value), so no
 * step is refuted through this reading. Stateless.
 */
final class FreeValueIdentities {
  private FreeValueIdentities() {}

  /**
   * The unknown verdict for sides that agree at the sample points whatever {@code free} (names
   * the text does not define or give a value here) are, or null where the comparison did not
   * hold at any point or no such name is involved.
   */
  static StepVerdict holding(IdentityVerdict v, Set<String> free) {
    if (free.isEmpty() || !(v instanceof IdentityVerdict.Unknown u) || u.checkedPoints() == 0) {
      return null;
    }
    String names = String.join(", ", free.stream().map(LatexNames::readable).toList());
    return new StepVerdict.Unknown(u.checkedPoints(), u.tolerance(), String.format(Locale.ROOT,
        "holds at %d random points whatever %s %s (not defined in the text, so sampled as free "
        + "values), not proved%s", u.checkedPoints(), names, free.size() == 1 ? "is" : "are",
        u.stopped() ? " in the step budget (--step-time)" : ""));
  }
}
