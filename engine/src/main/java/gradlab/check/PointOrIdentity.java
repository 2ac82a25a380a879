package gradlab.check;

import gradlab.symbolic.IdentityVerdict;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A step read at a point the text named earlier, whose both sides still vary with that point's
 * names: "The derivative vanishes at $x = 0$." and later d/dx(x² + x³) = 2x + x². At x = 0 it
 * holds; as an identity in x it is false. The text may mean either, so such a step is neither
 * proved nor refuted: it is "not checked" with both facts. Only a step that differentiates in a
 * point's name (d/dx, ∂/∂x, f′(x)) is read so: Nielsen's ∂C/∂w = (a − y)σ′(z)x = aσ′(z) "where I
 * have substituted x = 1 and y = 0" holds at its point, where the text means it. A side that no
 * longer varies ("At $x = 0$: σ′(x) = 1/4") reads only at the point, as before.
 */
final class PointOrIdentity {
  static final String REASON = "(the point named before it) but is no identity";

  private PointOrIdentity() {}

  static StepVerdict judge(StepVerdict atPoint, IdentityVerdict general, Set<String> left,
      Set<String> right, Set<String> pointNames, String where, String rawSides) {
    if (!(atPoint instanceof StepVerdict.Proved)
        || pointNames.stream().noneMatch(n -> differentiates(rawSides, n))
        || !(general instanceof IdentityVerdict.Refuted f)
        || left.stream().noneMatch(pointNames::contains)
        || right.stream().noneMatch(pointNames::contains)) {
      return atPoint;
    }
    String names = pointNames.stream().filter(n -> left.contains(n) || right.contains(n))
        .collect(Collectors.joining(", "));
    String other = f.point().entrySet().stream()
        .map(e -> e.getKey() + " = " + String.format(Locale.ROOT, "%.4g", e.getValue()))
        .collect(Collectors.joining(", "));
    return new StepVerdict.NotChecked(String.format(Locale.ROOT, "holds at %s " + REASON
        + " in %s (at %s: left %.6g, right %.6g); whether "
        + "the text means that point or every %s is ambiguous", where, names, other,
        f.lhs(), f.rhs(), names));
  }

  /** Whether the sides, as read, differentiate in {@code name}: dd(…, x), pd(…, x), f'(x). */
  static boolean differentiates(String rawSides, String name) {
    String n = java.util.regex.Pattern.quote(name);
    return java.util.regex.Pattern.compile("(?:dd|pd)\\(.*,\\s*" + n + "\\s*\\)|'+\\(\\s*" + n
        + "\\s*\\)").matcher(rawSides).find();
  }
}
