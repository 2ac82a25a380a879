package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Σ without bounds over a family ({@code \sum_j p_j}) sums the whole family, so it has at
 * least as many terms as the highest member the text names: after "$p_1 = 0.6652$, $p_2 =
 * 0.2447$, $p_3 = 0.0900$", Σ_j p_j has at least three terms, and writing it out for one or two
 * terms reads something the text never said (a TA's correct label-smoothing submission was
 * refuted at one and two terms). The smallest size such a sum is written out for.
 */
final class WholeFamilySums {
  /** The highest member index tried. */
  private static final int HIGHEST = 9;
  private static final Pattern UNBOUNDED = Pattern.compile(
      "\\\\sum(?:\\\\limits)?\\s*_\\{?\\s*([A-Za-z])\\s*\\}?(?!\\s*\\^)");

  private WholeFamilySums() {}

  /** The least size for the unbounded sums of {@code sides}: 1 where the text names no member. */
  static int least(DocumentRun run, String... sides) {
    int least = 1;
    for (String side : sides) {
      Matcher m = UNBOUNDED.matcher(side);
      while (m.find()) {
        LatexCursor c = new LatexCursor(side.substring(m.end()));
        String body;
        try {
          body = c.restOfSummand();
        } catch (RuntimeException e) {
          continue;
        }
        Matcher head = Pattern.compile("(\\\\?[A-Za-z]+)\\s*_\\{?\\s*" + m.group(1)
            + "\\s*\\}?(?![A-Za-z0-9])").matcher(body);
        while (head.find()) {
          least = Math.max(least, highestNamed(run, head.group(1)));
        }
      }
    }
    return least;
  }

  /** The highest k ≤ {@value #HIGHEST} for which the text gives {@code head}_k a value. */
  private static int highestNamed(DocumentRun run, String head) {
    int highest = 1;
    for (int k = 2; k <= HIGHEST; k++) {
      String name;
      try {
        name = LatexReader.read(head + "_" + k, run.reading()).engineSyntax().strip();
      } catch (RuntimeException e) {
        return highest;
      }
      if (run.ctx.defines(name) || run.ctx.point().containsKey(name)) {
        highest = k;
      }
    }
    return highest;
  }
}
