package gradlab.check;

import java.util.regex.Pattern;

/**
 * Derivatives typed with a slash, as in notes and on phones: {@code ∂L/∂w₁}, {@code \partial C /
 * \partial a^L_j}, {@code dC/dw_1}, and the operator forms {@code d/dx}, {@code ∂/∂x}, written as
 * the {@code \frac} the reader knows. The parts are one name each (with its sub- and
 * superscripts, or one braced group): {@code ∂L/∂w x} is ∂L/∂w times x.
 */
final class SlashDerivatives {
  private static final String ATOM = "(?:\\\\[A-Za-z]+(?:\\{[^{}]*\\})?|[A-Za-z](?![A-Za-z])\\d*"
      + "|\\{[^{}]*\\})(?:\\s*[_^](?:\\{[^{}]*\\}|[A-Za-z0-9]))*";
  private static final String WORD = "(?:[A-Za-z]+\\d*|\\\\[A-Za-z]+(?:\\{[^{}]*\\})?)"
      + "(?:[_^](?:\\{[^{}]*\\}|[A-Za-z0-9]))*";
  private static final Pattern PARTIAL = Pattern.compile("\\\\partial\\s*(" + ATOM
      + ")\\s*/\\s*\\\\partial\\s*(" + ATOM + ")");
  private static final Pattern PARTIAL_OPERATOR = Pattern.compile(
      "\\\\partial\\s*/\\s*\\\\partial\\s*(" + ATOM + ")");
  /** d f / d x with spaces too: read as (d·f/d)·x it was ✗ on a true derivative (a student). */
  private static final Pattern D = Pattern.compile("(?<![A-Za-z\\\\])d\\s*(" + WORD
      + ")\\s*/\\s*d\\s*(" + WORD + ")");
  private static final Pattern D_OPERATOR = Pattern.compile("(?<![A-Za-z\\\\])d\\s*/\\s*d("
      + WORD + ")");

  private SlashDerivatives() {}

  static String rewrite(String latex) {
    if (!latex.contains("/")) {
      return latex;
    }
    String s = PARTIAL.matcher(latex).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
        "\\frac{\\partial " + m.group(1) + "}{\\partial " + m.group(2) + "}"));
    s = PARTIAL_OPERATOR.matcher(s).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
        "\\frac{\\partial}{\\partial " + m.group(1) + "}"));
    s = D.matcher(s).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
        "\\frac{d" + m.group(1) + "}{d" + m.group(2) + "}"));
    return D_OPERATOR.matcher(s).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
        "\\frac{d}{d" + m.group(1) + "}"));
  }
}
