package gradlab.check;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The case of the indices the text states for a step, which the patterns of its free indices
 * ({@link IndexedSteps}) must respect: "for $j \neq i$, $$\frac{\partial p_i}{\partial z_j} =
 * -p_i p_j$$", "$$… \quad (i \neq j)$$", "$$… = p_i(1 - p_i)$$ for $i = j$.", "When $i = j$:",
 * and "the diagonal entries" (i = j) or "the off-diagonal entries" (i ≠ j) of a step with two
 * free indices. Without it the softmax Jacobian's −p_i p_j was refuted at i = j, a pattern the
 * text excludes. Where the prose near a step hints at a case this reader does not read
 * ("otherwise", "distinct", "≠" elsewhere), a failure at one pattern only is not a refutation
 * ({@link #hinted}). Not thread-safe; one per document.
 */
final class IndexCases {
  /** A stated relation of two index letters; null letters: the step's two free indices. */
  record Case(String a, boolean equal, String b) {
    /** Whether {@code pattern} is in this case (a case of letters it does not set allows it). */
    boolean allows(Map<String, Integer> pattern) {
      if (a == null) {
        if (pattern.size() != 2) {
          return true;
        }
        List<Integer> v = List.copyOf(pattern.values());
        return v.get(0).equals(v.get(1)) == equal;
      }
      Integer x = pattern.get(a);
      Integer y = pattern.get(b);
      return x == null || y == null || x.equals(y) == equal;
    }
  }

  private static final Pattern RELATION = Pattern.compile(
      "\\s*([a-z])\\s*(=|\\\\neq|\\\\ne(?![A-Za-z])|≠)\\s*([a-z])\\s*");
  private static final Pattern BEFORE = Pattern.compile(
      "(?is).*(?:^|[\\s(])(?:for|when|whenever|if|case|where)\\s*$");
  private static final Pattern BETWEEN = Pattern.compile(
      "(?is)\\s*[,:]?\\s*(?:(?:we|one)\\s+(?:have|get|find|obtain)|then|this gives)?\\s*[,:]?\\s*");
  private static final Pattern AFTER = Pattern.compile(
      "(?is)\\s*,?\\s*(?:for|when|whenever|if|where)\\s*");
  /** A case written at the end of a display: {@code \quad (i \neq j)}, {@code \text{for } i = j}. */
  private static final Pattern TRAILING = Pattern.compile("(?s)(.*?)\\s*[,;]?\\s*(?:\\\\q?quad|"
      + "\\\\[,;:!]|~)*\\s*(?:\\\\left)?\\(?\\s*(?:\\\\(?:text|mathrm|textrm)\\{\\s*(?:for|if|when)"
      + "\\s*\\}\\s*(?:\\\\[,;:]|~)?\\s*)?([a-z])\\s*(=|\\\\neq|\\\\ne(?![A-Za-z])|≠)\\s*([a-z])"
      + "\\s*(?:\\\\right)?\\)?\\s*[.,]?\\s*");
  private static final Pattern DIAGONAL = Pattern.compile("(?i)(off|non)?[- ]?diagonal");
  private static final Pattern HINTS = Pattern.compile("(?i)\\b(?:diagonal|otherwise|cases?|"
      + "distinct|differ\\w*|same|equal|unequal|whenever)\\b|\\\\neq?(?![A-Za-z])|≠|\\\\delta"
      + "|(?<![A-Za-z])[a-z]\\s*=\\s*[a-z](?![A-Za-z])");

  private Case pending;
  private Case current;
  private String near = "";

  /** The case of the current step, or null where the text states none. */
  Case current() {
    return current;
  }

  /** Whether the prose around the current step hints at a case of its indices. */
  boolean hinted() {
    return HINTS.matcher(near).find();
  }

  /** Reads what segment {@code k} says of the cases: its own, and one for the next segment. */
  void seeInPlace(List<MarkdownMath.Segment> segments, int k) {
    MarkdownMath.Segment seg = segments.get(k);
    MarkdownMath.Segment next = k + 1 < segments.size() ? segments.get(k + 1) : null;
    String after = next == null ? "" : next.prose();
    Case own = relation(seg.latex());
    if (own != null && !seg.display() && BEFORE.matcher(seg.prose()).matches()) {
      boolean leads = next != null && BETWEEN.matcher(after).matches();
      pending = leads ? own : null; // "for $j \neq i$, $$…$$": the next formula's case
      current = null;
      near = "";
      return;
    }
    current = null;
    if (next != null && !next.display() && relation(next.latex()) != null
        && AFTER.matcher(after).matches()) {
      String beyond = k + 2 < segments.size() ? segments.get(k + 2).prose() : "";
      if (beyond.isBlank() || beyond.strip().matches("(?is)(?:[.;]|,\\s*(?:and|while|but|"
          + "whereas)\\b).*")) {
        current = relation(next.latex()); // "$$…$$ for $i \neq j$."
      }
    }
    if (current == null && pending != null && !seg.prose().contains(".")) {
      current = pending;
    }
    pending = null;
    near = seg.prose() + " " + after + (next != null && relation(next.latex()) != null
        ? " " + next.latex() : ""); // "… for $i = j$": a case, read or not
    Matcher d = DIAGONAL.matcher(sentence(seg.prose()));
    if (current == null && d.find()) {
      current = new Case(null, d.group(1) == null, null); // "the diagonal entries are"
    }
  }

  /** {@code body} without a case written at its end, which becomes the current case. */
  String strippedInPlace(String body) {
    Matcher m = TRAILING.matcher(body);
    if (!m.matches() || !m.group(1).contains("=") || m.group(1).strip().endsWith("=")
        || !body.substring(m.end(1), m.start(2)).matches("(?s).*(?:[,;(]|\\\\q?quad|"
        + "\\\\text|\\\\mathrm).*")
        || !IndexLetters.subscriptLetters(m.group(1)).containsAll(List.of(m.group(2),
        m.group(4)))) {
      return body; // "a = 2, \quad b = c": no case; the letters must index the formula
    }
    current = new Case(m.group(2), m.group(3).equals("="), m.group(4));
    near = near + " " + body;
    return m.group(1);
  }

  private static Case relation(String latex) {
    Matcher m = RELATION.matcher(latex);
    return m.matches() && !m.group(1).equals(m.group(3))
        ? new Case(m.group(1), m.group(2).equals("="), m.group(3)) : null;
  }

  /** The last sentence of {@code prose}. */
  private static String sentence(String prose) {
    int end = Math.max(prose.lastIndexOf(". "), prose.lastIndexOf(".\n"));
    return end < 0 ? prose : prose.substring(end + 1);
  }
}
