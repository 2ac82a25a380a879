package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * d2l's operator notation for the derivative, {@code Df(x)} and {@code D_x f(x)}: f′(x), where
 * f is a function the text defines and x one variable. Rewritten as the operator form
 * {@code \frac{d}{dx} f(x)}, which {@link LatexOperators} reads. Elsewhere D stays a name (a
 * dataset, a dimension): it is not rewritten where the text defines D as a quantity, before
 * anything but the call of a defined function, or with a subscript other than the argument.
 * Where the text itself equates the two ({@code \frac{d}{dx} f(x) = Df(x)}), D is that operator
 * before any term too: d2l's rules {@code DC = 0}, {@code Dx^n = nx^{n-1}}, {@code De^x = e^x},
 * {@code D\ln(x) = 1/x} were "not checked: D is not defined in the text" (the mark
 * {@link #MARK} + x in the reading's functions, put there by {@link #shownVariable}).
 */
final class DifferentialOperators {
  private static final Pattern OPERATOR = Pattern.compile(
      "(?<![A-Za-z\\\\])D(?:_\\{?\\s*([A-Za-z])\\s*\\}?)?\\s*([A-Za-z])\\s*\\(\\s*([A-Za-z])\\s*\\)");

  /** Mark prefix in a reading's functions: the text shows D as d/dx, the letter after it. */
  static final String MARK = "D=d/d";
  private static final Pattern SHOWN = Pattern.compile("\\\\frac\\s*\\{\\s*d\\s*\\}\\s*\\{\\s*d\\s*"
      + "([A-Za-z])\\s*\\}\\s*([A-Za-z])\\s*\\(\\s*\\1\\s*\\)\\s*=\\s*D\\s*\\2\\s*\\(\\s*\\1\\s*\\)");
  /** D before a term: a letter or a command, never in \\mathcal{D}, D_{KL}, D(…) or a word. */
  private static final Pattern BEFORE_TERM = Pattern.compile(
      "(?<![A-Za-z\\\\{])D(?=\\s*(?:[A-Za-z]|\\\\[a-z]))(?![A-Za-z]{2})");

  private DifferentialOperators() {}

  /** The variable x where {@code text} writes {@code \frac{d}{dx} f(x) = Df(x)}, else null. */
  static String shownVariable(String text) {
    Matcher m = SHOWN.matcher(text);
    return m.find() ? m.group(1) : null;
  }

  /** {@code latex} with each D f(x) and D_x f(x) written as d/dx f(x). */
  static String asFractions(String latex, LatexReading reading) {
    if (!latex.contains("D") || reading.functions().isEmpty()
        || reading.variables().contains(LatexNames.safe("D"))) {
      return latex;
    }
    Matcher m = OPERATOR.matcher(latex);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String x = m.group(3);
      boolean read = reading.functions().contains(m.group(2))
          && (m.group(1) == null || m.group(1).equals(x));
      m.appendReplacement(b, Matcher.quoteReplacement(read ? "\\frac{d}{d" + x + "} "
          + m.group(2) + "(" + x + ")" : m.group()));
    }
    m.appendTail(b);
    String x = null;
    for (String f : reading.functions()) {
      x = f.startsWith(MARK) ? f.substring(MARK.length()) : x;
    }
    return x == null ? b.toString() : BEFORE_TERM.matcher(b.toString())
        .replaceAll(Matcher.quoteReplacement("\\frac{d}{d" + x + "} "));
  }
}
