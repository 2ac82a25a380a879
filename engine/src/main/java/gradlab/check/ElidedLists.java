package gradlab.check;

import java.util.regex.Pattern;

/**
 * A new name defined as a list or set with elided members, {@code \mathbf{X} = \{\mathbf{x}_1,
 * \ldots, \mathbf{x}_N\}}, {@code w = w_1, w_2, \ldots}, {@code x = (x^{(1)} \ldots x^{(d)})}:
 * notation, not a claim. Such a line was a claim "not checked: cannot read: elided terms …";
 * it is now a definition the checker does not read (context), and the name stays as undefined
 * as it was, so no later step is decided or refuted through it. Stateless.
 */
final class ElidedLists {
  /** The note on such a definition. */
  static final String NOTE = "definition of a list or set with elided members, not read";

  private static final Pattern DOTS = Pattern.compile("\\\\(?:ldots|cdots|dots|dotsc)(?![A-Za-z])");
  private static final Pattern BRACKETED = Pattern.compile(
      "(?s)\\s*(?:\\\\left\\s*)?(?:\\(|\\[|\\\\\\{)(.*)(?:\\\\right\\s*)?(?:\\)|\\]|\\\\\\})\\s*");

  private ElidedLists() {}

  /**
   * Whether {@code rhs}, which the reader refused with {@code failure}, is a list of members
   * with elided ones: a comma list at the top, or one bracket around members, with dots and no
   * sum or relation at the top.
   */
  static boolean isList(String rhs, String failure) {
    if (failure == null || !failure.contains("elided terms") || !DOTS.matcher(rhs).find()) {
      return false;
    }
    String body = rhs;
    var bracket = BRACKETED.matcher(rhs);
    if (bracket.matches() && ClaimForms.closing(rhs.strip(), opening(rhs.strip()))
        == rhs.strip().length() - 1) {
      body = bracket.group(1);
    } else if (TopLevel.split(rhs, ',').size() < 2) {
      return false;
    }
    return TopLevel.split(body, '+').size() == 1 && TopLevel.split(body, '=').size() == 1
        && !body.contains("\\sum") && !body.contains("\\prod");
  }

  /** Where the bracket that {@code s} opens with starts its own character. */
  private static int opening(String s) {
    String t = s.startsWith("\\left") ? s.substring("\\left".length()).stripLeading() : s;
    int at = s.length() - t.length();
    return t.startsWith("\\{") ? at + 1 : at;
  }
}
