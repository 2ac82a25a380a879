package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pair of names defined at once with ±, {@code u_\pm = \tfrac{1}{2}(1 \pm \sqrt{1 - 4/W})}
 * (the two roots of a quadratic, as lecture notes write them): read as the two definitions
 * {@code u_+ = …+…} and {@code u_- = …−…} ({@code \mp} the other way round). It was "not
 * checked: cannot read: ±", and every later step through u₊ and u₋ took them for free names, so
 * "since $1 - u_+ = u_-$" was refuted at random values. Only a lone name subscripted with ±
 * alone on the left of one equation is read so; x = −b ± √… (two values of one name) is left as
 * it was. Stateless.
 */
final class PlusMinusPairs {
  private static final String PM = "(?:\\\\pm\\b|±)";
  private static final Pattern PAIR = Pattern.compile("^\\s*(\\\\?[A-Za-z]+)\\s*_\\s*(?:\\{\\s*"
      + PM + "\\s*\\}|" + PM + ")\\s*=\\s*([^=<>]*(?:\\\\pm\\b|±|\\\\mp\\b|∓)[^=<>]*?)\\s*[.,;]?\\s*$");

  private PlusMinusPairs() {}

  /** The row with such a pair written as two statements; the row itself otherwise. */
  static String split(String row) {
    Matcher m = PAIR.matcher(row);
    if (!m.matches() || m.group(2).matches("(?s).*\\\\(?:le|ge|leq|geq|neq)\\b.*")) {
      return row;
    }
    String name = m.group(1);
    String body = m.group(2);
    return name + "_+ = " + member(body, "+", "-") + " \\quad " + name + "_- = "
        + member(body, "-", "+");
  }

  private static String member(String body, String pm, String mp) {
    return body.replaceAll("\\s*(?:\\\\pm\\b|±)\\s*", Matcher.quoteReplacement(" " + pm + " "))
        .replaceAll("\\s*(?:\\\\mp\\b|∓)\\s*", Matcher.quoteReplacement(" " + mp + " "));
  }
}
