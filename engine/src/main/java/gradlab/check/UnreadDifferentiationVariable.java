package gradlab.check;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A derivative taken with respect to a name whose definition cannot be read ({@link
 * DocumentRun#unread}), as {@link DifferentiationVariables} does for names not taken. Gutmann and
 * Hyvärinen's log-ratio {@code G(u; \theta) = \ln p_m(u; \theta) - \ln p_n(u)} has two readings
 * and is not read; every step naming G was "not checked", and the planted {@code \frac{d}{dG}
 * \ln(1 - r(G)) = r(G)} (the sign of −r(G) lost) was missed: whatever G is, d/dG treats it as the
 * variable. Only where every derivative of the step is with respect to that name, no other
 * unread name is written, no name the step writes is one the text defines (it may stand for
 * something through G), and no function the step applies has a body that names it.
 */
final class UnreadDifferentiationVariable {
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  private UnreadDifferentiationVariable() {}

  /** Whether the step {@code lhs = rhs} may be checked with {@code stale} as its variable. */
  static boolean free(DocumentRun run, String lhs, String rhs, String stale) {
    String sides = lhs + " " + rhs;
    if (!DifferentiationVariables.only(lhs, rhs, Set.of(stale))) {
      return false;
    }
    Matcher m = NAME.matcher(sides);
    while (m.find()) {
      String t = m.group();
      if (!t.equals(stale) && (run.unread.containsKey(t) || run.ctx.defines(t)
          || run.ctx.point().containsKey(t))) {
        return false; // another unread name, or one the text defines through who knows what
      }
    }
    Matcher b = Pattern.compile("(?<![A-Za-z0-9_\\\\])" + Pattern.quote(stale)
        + "(?![A-Za-z0-9_])").matcher(run.bodyTexts.usedIn(sides));
    return !b.find(); // h(u) = r(G(u)): through G itself
  }
}
