package gradlab.check;

import java.util.regex.Matcher;
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

  /** A relation sign between the terms of a plain-text chain. */
  private static final Pattern RELATION = Pattern.compile("(<=|>=|==|~=|[=<>≤≥≈])");
  /**
   * A term that is one number with a comma between digits, "0,5", "-1,25": the European decimal
   * comma where no other reading fits (not a pair, not "1,000", which may be a thousand).
   */
  private static final Pattern COMMA_NUMBER = Pattern.compile(
      "\\s*[-+−]?(?:0,\\d+|[1-9]\\d*,(?:\\d{1,2}|\\d{4,}))\\s*");

  private DecimalCommas() {}

  /**
   * A plain-text line with each term that is one number written with a decimal comma ("σ(0) =
   * 0,5", as a European user types it) written with a point; other commas stay (a pair, a
   * list, "1,000" that may be a thousand, are left to read or refuse as before).
   */
  static String plainTerms(String line) {
    if (!line.matches("(?s).*\\d,\\d.*")) {
      return line;
    }
    StringBuilder out = new StringBuilder();
    Matcher m = RELATION.matcher(line);
    int last = 0;
    while (m.find()) {
      out.append(term(line.substring(last, m.start()))).append(m.group());
      last = m.end();
    }
    return out.append(term(line.substring(last))).toString();
  }

  private static String term(String t) {
    return COMMA_NUMBER.matcher(t).matches() ? t.replace(',', '.') : t;
  }

  static String asPoints(String text) {
    return BRACED.matcher(text).replaceAll(".");
  }
}
