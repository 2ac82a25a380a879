package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An integral with its differential written first, as physicists and Nielsen (ch. 3) write it:
 * {@code \int_0^1 d\sigma\, \sigma(1-\sigma) = 1/6}. Its integrand is the rest of the side; a
 * rest that is a sum (is the sum inside the integral?), has a bracket closed outside it, or
 * holds a second differential is not this form. A Greek variable ({@code d\sigma}) is a plain
 * quantity inside its integral: σ(1 − σ) is the product, not the sigmoid, so it is renamed to a
 * fresh letter in brackets before reading.
 */
final class LeadingDifferentials {
  private static final Pattern LEADING = Pattern.compile("^\\s*(?:\\\\mathrm\\{d\\}|d)\\s*"
      + "(\\\\[A-Za-z]+(?![A-Za-z])|[A-Za-z](?![A-Za-z_]))\\s*(?:\\\\[,;! ]\\s*)*");
  private static final Pattern SECOND = Pattern.compile(
      "(?:\\\\[,;! ]|\\s|(?<=[})]))(?:\\\\mathrm\\{d\\}|d)\\s*[A-Za-z\\\\]");

  /**
   * One integral read this way.
   *
   * @param variable the integration variable, as LaTeX (a letter)
   * @param integrand the integrand, as LaTeX, the variable renamed where it was a command
   */
  record Reading(String variable, String integrand) {}

  private LeadingDifferentials() {}

  /** The integral in {@code rest} (the side after the bounds) read so, or null. */
  static Reading read(String rest) {
    Matcher m = LEADING.matcher(rest);
    if (!m.find()) {
      return null;
    }
    String var = m.group(1);
    String integrand = rest.substring(m.end()).strip();
    if (integrand.isEmpty() || SECOND.matcher(" " + integrand).find() || !whole(integrand)) {
      return null;
    }
    if (!var.startsWith("\\")) {
      return new Reading(var, integrand);
    }
    if (!var.matches("\\\\(alpha|beta|gamma|delta|epsilon|zeta|eta|theta|kappa|lambda|mu|nu|xi"
        + "|rho|sigma|tau|phi|chi|psi|omega)")) {
      return null;
    }
    String fresh = fresh(integrand);
    return fresh == null ? null : new Reading(fresh, integrand.replaceAll(
        Pattern.quote(var) + "(?![A-Za-z])", "(" + fresh + ")"));
  }

  /** A letter that the integrand does not use. */
  private static String fresh(String integrand) {
    for (String letter : new String[] {"t", "u", "v", "s", "q"}) {
      if (!Pattern.compile("(?<![A-Za-z\\\\])" + letter + "(?![A-Za-z])").matcher(integrand)
          .find()) {
        return letter;
      }
    }
    return null;
  }

  /** Balanced brackets and no + or − outside them past the first character. */
  private static boolean whole(String s) {
    int depth = 0;
    for (int k = 0; k < s.length(); k++) {
      char ch = s.charAt(k);
      if (ch == '(' || ch == '[' || ch == '{') {
        depth++;
      } else if (ch == ')' || ch == ']' || ch == '}') {
        if (--depth < 0) {
          return false;
        }
      } else if ((ch == '+' || ch == '-') && depth == 0 && k > 0) {
        return false;
      }
    }
    return depth == 0;
  }
}
