package gradlab.check;

import gradlab.symbolic.IdentityVerdict;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A step read at a point the text named earlier, whose both sides still vary with that point's
 * names: "The derivative vanishes at $x = 0$." and later d/dx(x² + x³) = 2x + x². At x = 0 it
 * holds; as an identity in x it is false. The text may mean either, so such a step is neither
 * proved nor refuted: it is "not checked" with both facts. Only a step that writes the point's
 * name on both sides, or that puts none of the point's values in (its sides depend on the same
 * point names, as a gradient with its ·x forgotten after "Our training example is $x = 1$"), is
 * read so: Nielsen's (a − y)σ′(z)x = aσ′(z) "where I have substituted
 * x = 1 and y = 0" drops x on the right, so it is a substitution at its point, where the text
 * means it. A side that no longer varies ("At $x = 0$: σ′(x) = 1/4") reads only at the point.
 */
final class PointOrIdentity {
  static final String REASON = "(the point named before it) but is no identity";

  private PointOrIdentity() {}

  static StepVerdict judge(StepVerdict atPoint, IdentityVerdict general, Set<String> left,
      Set<String> right, Set<String> pointNames, String where, String rawLhs, String rawRhs) {
    if (!(atPoint instanceof StepVerdict.Proved)
        || pointNames.stream().noneMatch(n -> writes(rawLhs, n) && writes(rawRhs, n))
            && !noneSubstituted(left, right, pointNames)
        || !(general instanceof IdentityVerdict.Refuted f)
        || left.stream().noneMatch(pointNames::contains)
        || right.stream().noneMatch(pointNames::contains)) {
      return atPoint;
    }
    // the text's names, E[wᵢ] and x, never the engine's meanofwi (found by a new-user tester)
    String names = pointNames.stream().filter(n -> left.contains(n) || right.contains(n))
        .map(LatexNames::readable).collect(Collectors.joining(", "));
    String other = PointText.of(f.point());
    return new StepVerdict.NotChecked(String.format(Locale.ROOT, "holds at %s " + REASON
        + " in %s (at %s: left %.6g, right %.6g); whether "
        + "the text means that point or every %s is ambiguous", where, names, other,
        f.lhs(), f.rhs(), names));
  }

  /**
   * Whether neither side has had a value of the point put in: every point name one side depends
   * on (through the text's definitions), the other depends on too. ∂L/∂w = (a − y)σ′(z) after
   * "Our training example is $x = 1$, $y = 0$" (the ·x forgotten) keeps x inside z and y on both
   * sides: it claims the formula, which holds only at the example. Nielsen's (a − y)σ′(z)x =
   * aσ′(z) drops y: a substitution, read at its point.
   */
  private static boolean noneSubstituted(Set<String> left, Set<String> right,
      Set<String> pointNames) {
    return pointNames.stream().noneMatch(n -> left.contains(n) != right.contains(n));
  }

  /** Whether a side, as written, names {@code name} (x in "tanh(x)", not in "a σ′(z)"). */
  static boolean writes(String rawSide, String name) {
    return java.util.regex.Pattern.compile("(?<![A-Za-z0-9_])" + java.util.regex.Pattern.quote(
        name) + "(?![A-Za-z0-9_])").matcher(rawSide).find();
  }
}
