package gradlab.check;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names of a step that occur on one side only, and the reason a step with undefined ones is
 * not checked. Moved out of {@link StepChecker} (pure movement). Stateless.
 */
final class OneSidedNames {
  private OneSidedNames() {}

  /** The names on one side only that the named point does not give a value. */
  static Set<String> oneSided(Set<String> all, Set<String> fl, Set<String> fr,
      CheckContext ctx) {
    Set<String> oneSided = new TreeSet<>(all);
    Set<String> both = new HashSet<>(fl);
    both.retainAll(fr);
    oneSided.removeAll(both);
    oneSided.removeAll(ctx.point().keySet());
    return oneSided;
  }

  static StepVerdict notDefined(Set<String> names) {
    return new StepVerdict.NotChecked(String.join(", ", names.stream()
        .map(LatexNames::readable).toList()) + (names.size() == 1 ? " is"
        : " are") + " not defined in the text and occur" + (names.size() == 1 ? "s" : "")
        + " on one side only");
  }
}
