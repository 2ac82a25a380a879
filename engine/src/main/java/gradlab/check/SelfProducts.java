package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A letter before a bracket that holds the same letter as a number, {@code p(1 - p)},
 * {@code y(1 - y)}, {@code a(1-a)}: a product, never the letter applied. A function cannot be
 * applied to an expression in its own value, so only the product reading is left. d2l's
 * binomial variance {@code n(p/n)(1-(p/n)) = p(1-p/n)} was "not checked: ambiguous (p(…) as a
 * product or as p applied)". Only for a single Latin letter; {@code f(f(x))}, where the inner
 * letter is applied too, keeps both readings.
 */
final class SelfProducts {
  /** A letter with a subscript, not followed by a bracket or a prime (then it is applied). */
  private static final Pattern SCRIPTED = Pattern.compile("(?<![A-Za-z\\\\_^])([A-Za-z])\\s*_"
      + "\\s*(?:\\{([A-Za-z0-9+\\- ]+)\\}|([A-Za-z0-9]))(?!\\s*[('])");

  private SelfProducts() {}

  /**
   * Whether {@code rest}, the text from a bracket that follows the letter {@code name}, opens
   * with a bracket whose inside holds {@code name} bare: not a script of another name, not
   * applied, not a command's letters.
   */
  static boolean holdsItself(String name, String rest) {
    if (rest.startsWith("(") && name.length() > 1 && inside(rest) != null) {
      return holdsScripted(name, inside(rest));
    }
    if (name.length() != 1 || !Character.isLetter(name.charAt(0)) || !rest.startsWith("(")) {
      return false;
    }
    String inside = inside(rest);
    if (inside == null) {
      return false;
    }
    Pattern bare = Pattern.compile("(?<![A-Za-z\\\\_^])" + Pattern.quote(name)
        + "(?![A-Za-z0-9_(']|\\s*\\()");
    return bare.matcher(inside).find();
  }

  /**
   * Whether {@code inside} holds the name {@code name} written with a subscript, as {@code s_i}
   * or {@code p_{i}} is, and not applied: {@code s_i(1 - s_i)}, {@code p_i(1 - p_i)} of a
   * softmax were "ambiguous: sᵢ(…) as a product or as sᵢ applied" (found by two testers).
   */
  private static boolean holdsScripted(String name, String inside) {
    Matcher m = SCRIPTED.matcher(inside);
    while (m.find()) {
      String script = m.group(2) != null ? m.group(2) : m.group(3);
      if (LatexScripts.subscript(script).length() > 0 && !script.contains("\\")
          && name.equals(m.group(1) + LatexScripts.subscript(script))) {
        return true;
      }
    }
    return false;
  }

  /** The inside of the round bracket {@code rest} opens with, or null if it is not closed. */
  private static String inside(String rest) {
    int k = ClaimForms.closing(rest, 0);
    return k < 0 ? null : rest.substring(1, k);
  }
}
