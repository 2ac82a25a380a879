package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A point as a report shows it: the text's names and six significant digits, "x = 1.75125,
 * λ = -0.910142". It was Java's map form with every digit of a double, "{x=1.7512488936802335}",
 * in every refutation a reader meets. Stateless.
 */
final class PointText {
  private PointText() {}

  /** The point's values in its own order, each as {@code name = value}. */
  static String of(Map<String, Double> point) {
    List<String> parts = new ArrayList<>();
    point.forEach((k, v) -> parts.add(LatexNames.readable(k) + " = " + (Double.isFinite(v)
        ? Digits.compact(v) : String.valueOf(v))));
    return String.join(", ", parts);
  }
}
