package gradlab.check;

import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A point written after the expression it evaluates, as students type a value of a derivative:
 * "d/dw (w^2 + 3w) at w = 2 = 7", "f'(x) at x = 1 is 0.5". The chain was cut at its "="s into
 * "d/dw((w^2 + 3w) at w) = 2" and "2 = 7", and the true line was refuted (2 ≠ 7). Read as "at
 * w = 2" (the point, as {@link LinePoints} makes it) and then "d/dw (w^2 + 3w) = 7". Only where
 * the expression holds no relation, the points are numbers given to names the text does not
 * define, and a value follows after "=", "≈", "is", "equals" or "is about". Stateless.
 */
final class TrailingAtPoints {
  private static final String ASSIGNED = LinePoints.ASSIGNED;
  private static final Pattern LINE = Pattern.compile("(?i)^([^=<>≤≥≈]+?)\\s+at\\s+(" + ASSIGNED
      + "(?:\\s*,\\s*(?:and\\s+)?" + ASSIGNED + ")*)\\s*(=|≈|equals|is\\s+about|is\\s+approximately"
      + "|is)\\s*([^=<>≤≥≈]+)$");
  private static final Pattern SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+)?");

  private TrailingAtPoints() {}

  /**
   * Reads {@code text} as its point and then its claim, through {@code read}; false (nothing
   * read) where the line is not of that form.
   */
  static boolean readInPlace(String text, Consumer<String> read, Predicate<String> defined) {
    Matcher m = LINE.matcher(text.strip());
    if (!m.matches()) {
      return false;
    }
    String[] points = SEPARATOR.split(m.group(2).strip());
    for (String p : points) {
      if (LinePoints.assignsDefined(p, defined)) {
        return false; // "… at a = 4" of a defined a: not a point this reads
      }
    }
    String relation = m.group(3).toLowerCase(java.util.Locale.ROOT);
    String rel = relation.equals("≈") || relation.contains("about")
        || relation.contains("approximately") ? "≈" : "=";
    read.accept("at " + String.join(", ", points));
    read.accept(m.group(1).strip() + " " + rel + " " + m.group(4).strip());
    return true;
  }
}
