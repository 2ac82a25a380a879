package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * d2l's operator notation for the derivative, {@code Df(x)} and {@code D_x f(x)}: f′(x), where
 * f is a function the text defines and x one variable. Rewritten as the operator form
 * {@code \frac{d}{dx} f(x)}, which {@link LatexOperators} reads. Elsewhere D stays a name (a
 * dataset, a dimension): it is not rewritten where the text defines D as a quantity, before
 * anything but the call of a defined function, or with a subscript other than the argument.
 */
final class DifferentialOperators {
  private static final Pattern OPERATOR = Pattern.compile(
      "(?<![A-Za-z\\\\])D(?:_\\{?\\s*([A-Za-z])\\s*\\}?)?\\s*([A-Za-z])\\s*\\(\\s*([A-Za-z])\\s*\\)");

  private DifferentialOperators() {}

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
    return b.toString();
  }
}
