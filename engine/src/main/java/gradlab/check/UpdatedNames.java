package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name an update step gives a parameter's new value: {@code w_new}, {@code w_next},
 * {@code w_updated} (wnew in engine syntax, as both readers name w_new and w_{new}) of a
 * named point w. After one iteration of an optimizer written this way, the quantities the text
 * restates ("then p = sigma(2)") are at the new value ({@link PointUpdateChains}). Numbered
 * names (w_1 after w_0) are not read so (w_0 keeps its value; the text writes p_1 = σ(w_1 x)),
 * nor an iterate of a stated rule (w ← w − η f′(w)), which {@link UpdateApplications} checks
 * at the old point.
 */
final class UpdatedNames {
  private static final Pattern SUFFIXED =
      Pattern.compile("([A-Za-z][A-Za-z0-9]*?)_?(new|next|updated)");

  private UpdatedNames() {}

  /** The named point {@code name} is the new value of, or null. */
  static String baseOf(DocumentRun run, String name) {
    Matcher m = SUFFIXED.matcher(name);
    if (!m.matches() || run.updates.applications.hasRules()) { // checked against the rule
      return null;
    }
    String base = m.group(1);
    // w_new may be defined by the rule typed before it (w_new = w - (dL/dw)/(d2L/dw2)): its
    // value at the point is still the next iterate, and "then p = sigma(2)" is read there
    return run.ctx.point().containsKey(base) && !run.ctx.defines(base)
        && !run.ctx.point().containsKey(name) ? base : null;
  }
}
