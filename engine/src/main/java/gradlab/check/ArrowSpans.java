package gradlab.check;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An implication arrow written as a math span of its own between two formulas, {@code
 * $\frac{a^2}{3} = \frac{2}{n}$ $\Rightarrow$ $a = \sqrt{6/n}$}: the formula after it is solved
 * from the one before, as with "⇒" in prose ({@link SolvingSteps}). The conclusion was read as a
 * definition of a, so a wrong final answer was never checked (a TA's Xavier submission).
 */
final class ArrowSpans {
  private static final Pattern ARROW = Pattern.compile(
      "\\s*\\\\(?:Rightarrow|Longrightarrow|implies)\\s*");

  private ArrowSpans() {}

  /** Whether segment k follows an arrow span and was checked as solving the one before it. */
  static boolean conclusionInPlace(DocumentRun run, List<MarkdownMath.Segment> segments,
      int k) {
    if (k < 2 || !ARROW.matcher(segments.get(k - 1).latex()).matches()
        || !segments.get(k - 1).prose().isBlank() || !segments.get(k).prose().isBlank()) {
      return false;
    }
    MarkdownMath.Segment seg = segments.get(k);
    MarkdownMath.Segment arrowed = new MarkdownMath.Segment(seg.line(), seg.latex(),
        seg.display(), "⇒", seg.error());
    return SolvingSteps.inlineConclusionInPlace(run, segments.get(k - 2), arrowed);
  }
}
