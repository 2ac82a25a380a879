package gradlab.check;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The words that join alternatives: "or", "or else", "OR", with commas around them. One
 * pattern for the inline formulas joined in prose ({@link OrAlternatives}) and the roots of a
 * solved equation in plain text ({@link SolvedRootAlternatives}), which each split on "or" with
 * a pattern of their own: the plain-text one took " or " only, so "x = 0 or else x = 3" was no
 * pair of roots and the wrong root was not checked (tidy30). Stateless.
 */
final class OrWords {
  /** "or" as a word, "or else", with spaces and commas around it. */
  private static final Pattern JOIN = Pattern.compile("(?i)\\s*,?\\s*\\bor\\b(?:\\s+else\\b)?"
      + "\\s*,?\\s*");

  private OrWords() {}

  /** Whether {@code prose} is nothing but the words joining two alternatives. */
  static boolean joins(String prose) {
    return JOIN.matcher(prose).matches();
  }

  /** {@code text} cut at each joining "or"; one part where it holds none. */
  static List<String> split(String text) {
    return List.of(JOIN.split(text));
  }
}
