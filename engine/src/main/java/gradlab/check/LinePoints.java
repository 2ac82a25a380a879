package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values a plain-text line introduces with words in front: "Let x = 2 and w = 0.5", "Given x = 2,
 * w = 0.5: …", "a = σ(w·x + b) with b = 0, w = 0.5 and x = 2", "where z = 0", "using eta = 0.1".
 * The word was read as a factor ("Let x" a product L·e·t·x) and "and" cut the list, so the
 * values were not the point or only partly, and "with" glued the values to the formula before
 * it: a = σ(…)·with·b = 0 made a = 0 and a true a = 0.731 was ✗ (a lecturer, user28). The values
 * are the point (an {@code at} line) for what follows, as "at x = 2, w = 0.5" is; a formula
 * before the words is read on its own, at that point; what follows a colon is claimed there.
 * The words are {@link Hypotheses}' words for a hypothesis or a point. Stateless.
 */
final class LinePoints {
  private static final String WORDS = "let|given|with|where|using|taking|take|setting|set|"
      + "when|suppose|assume|assuming|for";
  /** "name = number" (or "= p/q"): a value given to a name; {@link TrailingAtPoints} reads it too. */
  static final String ASSIGNED = "(?:[A-Za-z]|" + GreekPointNames.LETTER + ")"
      + SubscriptDigitPointNames.TAIL
      + "\\s*=\\s*[-+−]?\\d+(?:\\.\\d+)?"
      + "(?:\\s*/\\s*\\d+(?:\\.\\d+)?)?";
  private static final Pattern LINE = Pattern.compile("(?i)^(.*?)(?:^|(?<=[\\s,;(]))(?:" + WORDS
      + ")\\s+(" + ASSIGNED + "(?:\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)" + ASSIGNED + ")*)"
      + "\\s*\\)?\\s*(?:[:,;]\\s*(.*))?$");
  /**
   * "If a = 5:", "if a = 5, then b = 6", "If a = 5 then": a premise opening the line, the point
   * of what follows as "for a = 5:" is. Read as a claim, "if" was a name (the line "not checked")
   * and the lines after it were checked, and ✗, at the earlier a = 2. Only at a line's start: "f(x)
   * = 1 if x = 0" states a case.
   */
  private static final Pattern PREMISE = Pattern.compile("(?i)^if\\s+(" + ASSIGNED
      + "(?:\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)" + ASSIGNED + ")*)"
      + "\\s*(?:(?:[:,;]\\s*(?:then\\b)?|\\s+then\\b)\\s*(.*))?$");
  private static final Pattern RELATION = Pattern.compile("[=<>≤≥≈]");
  private static final Pattern WORDS_ONLY = Pattern.compile("[\\p{L}\\s,]*");
  private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)");
  /** Lines the engine syntax reads itself: "let x = 2" defines x, "assume …" assumes. */
  private static final Pattern KEYWORD = Pattern.compile("^(?:let|assume|at)\\s");

  private LinePoints() {}

  /**
   * Reads {@code text} as its point, the formula before it and the claim after it, through
   * {@code read}; false (nothing read) where the line is not of that form.
   */
  static boolean readInPlace(String text, java.util.function.Consumer<String> read,
      java.util.function.Predicate<String> defined) {
    if (KEYWORD.matcher(text).find()) {
      return false;
    }
    Matcher premise = PREMISE.matcher(text);
    if (premise.matches()) {
      String[] points = SEPARATOR.split(premise.group(1).strip());
      for (String p : points) {
        if (assignsDefined(p, defined)) {
          return false; // "if a = 4" of a defined a: a condition on it, not a point
        }
      }
      read.accept("at " + String.join(", ", points));
      if (premise.group(2) != null && !premise.group(2).isBlank()) {
        read.accept(premise.group(2).strip());
      }
      return true;
    }
    Matcher m = LINE.matcher(text);
    if (!m.matches()) {
      return false;
    }
    String before = m.group(1).strip();
    boolean formulaBefore = RELATION.matcher(before).find();
    if (!formulaBefore && !WORDS_ONLY.matcher(before).matches()) {
      return false; // "sigma(w*x) with x = 2": not a line this reads
    }
    String[] points = SEPARATOR.split(m.group(2).strip());
    int taken = 0; // "when a = 6, b = 7" of a defined b: b = 7 is the claim, not a point
    while (taken < points.length && !assignsDefined(points[taken], defined)) {
      taken++;
    }
    if (taken == 0) {
      taken = points.length; // "for a = 4:" of a defined a: the point, as before
    }
    read.accept("at " + String.join(", ", java.util.Arrays.asList(points).subList(0, taken)));
    if (formulaBefore) {
      read.accept(before.replaceAll("[\\s,;]+$", ""));
    }
    for (int k = taken; k < points.length; k++) {
      read.accept(points[k].strip()); // swallowed as a point, b = 7 had vanished
    }
    if (m.group(3) != null && !m.group(3).isBlank()) {
      read.accept(m.group(3).strip());
    }
    return true;
  }

  /** Whether the text defines the name that {@code assignment} ("a = 4", an ASSIGNED) gives to. */
  static boolean assignsDefined(String assignment, java.util.function.Predicate<String> defined) {
    return defined.test(SubscriptDigitPointNames.ascii(
        assignment.substring(0, assignment.indexOf('=')).strip()));
  }
}
