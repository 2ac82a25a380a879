package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "max σ′(z) = 1/4" and "max_z σ′(z) = 1/2" in a plain-text line: the largest value over the
 * real line, as the LaTeX reader reads {@code \max_z} (the engine's {@code maxvalue}, whose
 * answer is checked on a grid). "max σ′(z)" had been the name max times σ′(z) ("the left side
 * depends on [max]"), and a wrong maximum "max_z σ′(z) = 1/2" was not checked (user38). Without
 * a subscript, only one call of one variable is read ({@code max f(z)}); {@code max(a, b)} stays
 * the larger of two.
 */
final class PlainExtrema {
  private static final Pattern EXTREMUM = Pattern.compile("(?<![\\p{L}\\p{N}_])(max|min)"
      + "(?:_\\{?([A-Za-z][A-Za-z0-9]*)\\}?)?\\s+([^=<>≤≥≈]+?)\\s*(?=[=<>≤≥≈]|$)");
  /** One function applied to one variable: σ′(z), f(x). */
  private static final Pattern ONE_CALL = Pattern.compile(
      "[\\p{L}][\\p{L}\\p{N}_]*['′]*\\(\\s*([A-Za-z][A-Za-z0-9]*)\\s*\\)");

  private PlainExtrema() {}

  /** The line with each such max and min as maxvalue(…); the line itself where there is none. */
  static String rewrite(String text) {
    Matcher m = EXTREMUM.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String body = m.group(3).strip();
      String var = m.group(2);
      if (var == null) { // max (a, b) is no extremum over a variable
        Matcher call = ONE_CALL.matcher(body);
        var = call.matches() ? call.group(1) : null;
      }
      if (var == null) {
        m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
        continue;
      }
      String read = m.group(1).equals("max") ? "maxvalue(" + body + ", " + var + ")"
          : "(-maxvalue(-(" + body + "), " + var + "))";
      m.appendReplacement(out, Matcher.quoteReplacement(read + " "));
    }
    m.appendTail(out);
    return out.toString();
  }
}
