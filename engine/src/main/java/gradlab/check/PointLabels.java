package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A point written before a colon in a plain-text line, read as the {@code at} line it means:
 * "t = 1:" alone (a heading for the lines after it), "numbers at x = 0: softplus(0) = log 2",
 * "b = 1 (SiLU): f'(x) = …", "b = 0: f(x) = x/2". The point was split at its "=" with the claim
 * ("0: softplus(0)" as a side), so the claims were "not comparable"; a point with no words in
 * brackets after it, or words before it that the text defines, is left as it was. Stateless.
 */
final class PointLabels {
  /** "t = 1:" alone on its line: a heading that names the point of the lines after it. */
  private static final Pattern HEADING = Pattern.compile(
      "^([A-Za-z\\p{IsGreek}][A-Za-z0-9_\\p{IsGreek}]*[₀-₉]*"
      + "\\s*=\\s*[-+−]?\\d+(?:\\.\\d+)?)\\s*:$");
  /** A name (Latin or Greek: "λ = 0: Âₜ = δₜ", GAE on a phone) given a number. */
  private static final String ASSIGNED = "[A-Za-z\\p{IsGreek}][A-Za-z0-9_\\p{IsGreek}]*[₀-₉]*"
      + "\\s*=\\s*[-+−]?\\d+(?:\\.\\d+)?";
  /**
   * Up to three words, perhaps "at", a point of names given numbers, perhaps a note in
   * brackets, a colon, and a claim with a relation.
   */
  private static final Pattern BEFORE_CLAIM = Pattern.compile("^((?:[A-Za-z]{2,}\\s+){0,3}?)"
      + "(?:at\\s+)?(" + ASSIGNED + "(?:\\s*,\\s*" + ASSIGNED + ")*)"
      + "(?:\\s*\\(\\s*[A-Za-z][A-Za-z0-9 -]*\\))?\\s*:\\s+(\\S.*[=<>≤≥≈].*)$");
  private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
  /** Lines the engine syntax reads itself: "let x = 2: …" is a definition, not a point. */
  private static final Pattern KEYWORD = Pattern.compile("(?i)^\\s*(?:let|at|assume)\\s");

  /** "At a = 2, b = 1: …" opening a sentence: the engine syntax's {@code at}, capitalised. */
  private static final Pattern CAPITAL_AT = Pattern.compile("^\\s*At\\s+(" + ASSIGNED
      + "(?:\\s*,\\s*" + ASSIGNED + ")*(?:\\s*:.*)?)$");

  private PointLabels() {}

  /**
   * The line as an {@code at} line ("at t = 1", "at x = 0: claim"), or null when it is not a
   * point before a colon.
   */
  static String asAtLine(DocumentRun run, String text) {
    Matcher heading = HEADING.matcher(text);
    if (heading.matches()) { // "t = 1:" was "syntax error: unexpected end of input" (a TA)
      return "at " + heading.group(1);
    }
    Matcher capital = CAPITAL_AT.matcher(text);
    if (capital.matches() && !run.ctx.defines("At")) { // "At a = 2" was A_t·a = 2
      return "at " + capital.group(1);
    }
    Matcher m = BEFORE_CLAIM.matcher(text);
    if (!m.matches() || KEYWORD.matcher(text).find() || defines(run, m.group(1))) {
      return null;
    }
    return "at " + m.group(2) + ": " + m.group(3);
  }

  private static boolean defines(DocumentRun run, String words) {
    Matcher w = WORD.matcher(words);
    while (w.find()) {
      String word = w.group();
      if (run.ctx.defines(word) || run.functions.contains(word)
          || run.ctx.point().containsKey(word)) {
        return true;
      }
    }
    return false;
  }
}
