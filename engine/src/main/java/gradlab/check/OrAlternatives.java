package gradlab.check;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Inline formulas joined by "or": "the two possible outputs are $\tilde{h} = 0$ or $\tilde{h} =
 * \tfrac{2}{0.8} = 2.5$". They are alternatives: the first had become a value of h̃ and the
 * second was refuted against it (a TA's correct submission on dropout got a ✗). Neither gives
 * the name a value or a definition, and neither is checked against the other; each is "not
 * checked" with that reason, as the plain-text reader already says of "x = 0 or x = 2".
 */
final class OrAlternatives {
  private static final Pattern RELATION = Pattern.compile("=|<|>|\\\\[lg]eq?\\b|\\\\ne\\b");
  static final String REASON = "alternatives joined by 'or' are not read as facts: neither "
      + "gives the name a value, and neither is checked against the other";

  private OrAlternatives() {}

  /**
   * How many segments after {@code k} are alternatives of segment {@code k} (joined to it by
   * "or"), each reported "not checked" with segment {@code k}; 0 where none follows.
   */
  static int readInPlace(DocumentRun run, List<MarkdownMath.Segment> segments, int k) {
    int n = 0;
    while (k + n + 1 < segments.size() && joined(segments.get(k + n), segments.get(k + n + 1))) {
      n++;
    }
    if (n == 0) {
      return 0;
    }
    for (int i = k; i <= k + n; i++) {
      MarkdownMath.Segment s = segments.get(i);
      if (i > k) {
        run.scope(s.prose(), false);
      }
      run.notChecked(s.line(), s.latex(), REASON);
      run.segmentDone(s.latex(), false);
    }
    return n;
  }

  private static boolean joined(MarkdownMath.Segment a, MarkdownMath.Segment b) {
    return !a.display() && !b.display() && a.error() == null && b.error() == null
        && OrWords.joins(b.prose()) && RELATION.matcher(a.latex()).find()
        && RELATION.matcher(b.latex()).find();
  }
}
