package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A conditional probability is a function of its arguments: {@code p(y \mid x)} depends on y and
 * x, {@code P(X \mid \theta)} on θ. It is read as one name ({@link ConditionalProbabilities}), so
 * where the text defines it ({@code P(X \mid \theta) = \theta^9(1-\theta)^4}) a derivative in θ
 * puts the definition in and is decided. Where the text does not, the name alone would be a
 * constant and {@code \frac{d}{dx} p(y \mid x) = 0} "proved": such a derivative, in a variable
 * the conditional is written with, is "not checked" instead.
 */
final class ConditionalDerivatives {
  /** The variable of each derivative, dd(…, x) or pd(…, x). */
  private static final Pattern VARIABLE = Pattern.compile(",\\s*([A-Za-z][A-Za-z0-9]*)\\s*\\)");
  private static final Pattern CONDITIONAL = Pattern.compile(
      "(?<![A-Za-z0-9])(?:capp|p)[A-Za-z0-9]+?given[A-Za-z0-9]+");

  private ConditionalDerivatives() {}

  /**
   * Why a derivative on {@code side} (engine syntax) of a conditional the text does not define
   * cannot be decided, or null when there is none.
   */
  static String undecided(CheckContext ctx, String side) {
    if (!side.contains("dd(") && !side.contains("pd(")) {
      return null;
    }
    Matcher c = CONDITIONAL.matcher(side);
    while (c.find()) {
      String name = c.group();
      if (ctx.defines(name)) {
        continue;
      }
      String args = name.substring(name.startsWith("capp") ? 4 : 1).toLowerCase(
          java.util.Locale.ROOT);
      Matcher v = VARIABLE.matcher(side);
      while (v.find()) {
        String var = v.group(1).toLowerCase(java.util.Locale.ROOT);
        if (args.contains(var.startsWith("cap") ? var.substring(3) : var)) {
          return "a derivative in " + LatexNames.readable(v.group(1)) + " of "
              + LatexNames.readable(name) + ", which depends on it and which the text does not "
              + "define";
        }
      }
    }
    return null;
  }
}
