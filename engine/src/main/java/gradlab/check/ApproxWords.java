package gradlab.check;

import java.util.regex.Pattern;

/**
 * "approx" and "approximately" typed for ≈ in a plain-text line: between two terms
 * ({@link PlainStatements}, "p = sigmoid(2) approx 0.8808") and after the last value, "so y =
 * 0.73 approximately", "y = 0.731 (approx.)". After the value the word was read as a name
 * multiplied in (y = 0.73·approximately, "not checked" where y, one of its letters, was
 * defined), or as a note left unread, so that a wrong value was "not checked". There the last
 * "=" is ≈ and the word is dropped: the earlier links of a chain stay exact. Stateless.
 */
final class ApproxWords {
  /** The word, in any case, "approx." with its full stop. */
  static final String WORD = "(?i:approx\\.?|approximately)";
  /** A line whose last relation is = or ≈, a value, then the word (after a comma, bracketed). */
  private static final Pattern TRAILING = Pattern.compile("^(.*?[^<>!=≤≥≠])(?:=|≈)"
      + "([^=≈<>≤≥≠]*[0-9)\\]])\\s*(?:,\\s*|\\(\\s*)?" + WORD + "\\s*\\)?\\s*\\.?\\s*$");

  private ApproxWords() {}

  /** {@code line} with a trailing word as ≈ before the last value, or null where it has none. */
  static String trailingAsApprox(String line) {
    java.util.regex.Matcher m = TRAILING.matcher(line);
    return m.matches() ? m.group(1) + "≈" + m.group(2) : null;
  }
}
