package gradlab.check;

import java.util.regex.Pattern;

/**
 * The LaTeX decimal comma, {@code 0{,}5} (European texts; the braces keep TeX from spacing it as
 * a list comma), is the number 0.5. It leaked the parser's message ("Error in factor at
 * character: ','") and made its steps unread (found by a new user). Only a braced comma between
 * digits is read so; a bare {@code 0,5} stays a list or a thousands separator, which is
 * ambiguous.
 */
final class DecimalCommas {
  private static final Pattern BRACED = Pattern.compile("(?<=\\d)\\{,\\}(?=\\d)");

  private DecimalCommas() {}

  static String asPoints(String text) {
    return BRACED.matcher(text).replaceAll(".");
  }
}
