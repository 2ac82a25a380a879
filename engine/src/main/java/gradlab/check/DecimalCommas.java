package gradlab.check;

import java.util.regex.Pattern;

/**
 * The LaTeX decimal comma, {@code 0{,}5} (European texts; the braces keep TeX from spacing it as
 * a list comma), is the number 0.5. It leaked the parser's message ("Error in factor at
 * character: ','") and made its steps unread (found by a new user). Only a braced comma between
 * digits is read so; a bare {@code 0,5} stays a list or a thousands separator, which is
 * ambiguous, and so does {@code 60{,}000}.
 */
final class DecimalCommas {
  /**
   * A braced comma between digits, except before a group of exactly three after a non-zero
   * integer part: {@code 60{,}000} is also how LaTeX writes sixty thousand (read as 60.000 the
   * true 60{,}000/100 = 600 was ✗), so that one is left unread.
   */
  private static final Pattern BRACED = Pattern.compile(
      "(?:(?<=(?<![\\d.])0)|(?<=\\d)(?!\\{,\\}\\d{3}(?![\\d{])))\\{,\\}(?=\\d)");

  private DecimalCommas() {}

  static String asPoints(String text) {
    return BRACED.matcher(text).replaceAll(".");
  }
}
