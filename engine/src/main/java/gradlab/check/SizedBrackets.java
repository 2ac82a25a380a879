package gradlab.check;

import java.util.regex.Pattern;

/**
 * TeX's size macros as plain brackets: d2l writes {@code \big{(}}, {@code \Big(} and
 * {@code \bigl(}, others {@code \biggl[} or {@code \Biggr)}. The braced delimiter
 * {@code \big{(}…\big{)}} was "cannot read: unexpected '}'" and {@code \biggl}, {@code \Biggr}
 * were read as names (found by a new user). Every size, with or without l/r and braces,
 * becomes the delimiter after {@code \big}, which the reader skips as spacing.
 */
final class SizedBrackets {
  /** A delimiter TeX sizes: brackets, bars and the escaped braces and bars. */
  private static final String DELIMITER = "\\\\\\{|\\\\\\}|\\\\[|]|\\\\[lr](?:vert|Vert|angle)"
      + "|[()\\[\\]|]";
  private static final Pattern SIZED = Pattern.compile("\\\\(?:big|Big|bigg|Bigg)[lr]?"
      + "(?![A-Za-z])\\s*(?:\\{\\s*(" + DELIMITER + ")\\s*\\}|(?=" + DELIMITER + "))");

  private SizedBrackets() {}

  /** {@code latex} with each sized delimiter as {@code \big} and the delimiter, unbraced. */
  static String plain(String latex) {
    if (!latex.contains("\\big") && !latex.contains("\\Big")) {
      return latex;
    }
    return SIZED.matcher(latex).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
        "\\big" + (m.group(1) == null ? "" : m.group(1))));
  }
}
