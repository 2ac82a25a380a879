package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A derivative evaluated with a bar, {@code \left.\frac{d}{dx} f(x)\right|_{x=0}},
 * {@code \frac{df}{dx} \Big|_{x=1}}, {@code f'(x) \bigg\rvert_{x=a}}: f′ at the point,
 * {@code f'(0)}, which the checker reads for a function the text defines. The bar must close the
 * whole formula and the expression before it must be the derivative of one function at its own
 * variable; any other evaluation bar is refused by name ("an evaluation bar |_{x=…}") rather
 * than read as an absolute value or a product.
 */
final class EvaluationBars {
  private static final Pattern BAR = Pattern.compile("(?s)\\s*(?:\\\\left\\s*\\.)?(.*?)\\s*"
      + "(?:\\\\right|\\\\[bB]igg?[lr]?)?\\s*(?:\\||\\\\rvert|\\\\vert|\\\\Big\\|)\\s*_\\s*\\{\\s*"
      + "([A-Za-z])\\s*=\\s*([^{}]+?)\\s*\\}\\s*");
  private static final String F = "([A-Za-z])";
  private static final Pattern DERIVATIVE = Pattern.compile(String.join("|",
      "\\\\frac\\{d\\}\\{d(?<v1>[A-Za-z])\\}\\s*(?<f1>[A-Za-z])\\s*\\(\\s*\\k<v1>\\s*\\)",
      "\\\\frac\\{d\\s*(?<f2>[A-Za-z])\\}\\{d(?<v2>[A-Za-z])\\}(?:\\s*\\(\\s*\\k<v2>\\s*\\))?",
      "\\\\frac\\{d\\s*(?<f3>[A-Za-z])\\s*\\(\\s*(?<v3>[A-Za-z])\\s*\\)\\}\\{d\\k<v3>\\}",
      "(?<f4>[A-Za-z])'\\s*\\(\\s*(?<v4>[A-Za-z])\\s*\\)").replace("F", F));

  private EvaluationBars() {}

  /** {@code latex}, or f'(a) where it is f's derivative with a bar at x = a. */
  static String atPoint(String latex) {
    if (!latex.contains("_") || !(latex.contains("|") || latex.contains("vert"))) {
      return latex;
    }
    Matcher bar = BAR.matcher(latex);
    if (!bar.matches()) {
      return latex;
    }
    Matcher d = DERIVATIVE.matcher(bar.group(1).strip());
    if (!d.matches()) {
      throw new UnsupportedLatexException("an evaluation bar |_{x=…} after anything but the "
          + "derivative of a function, f'(x)|_{x=a}");
    }
    for (int k = 1; k <= 4; k++) {
      if (d.group("f" + k) != null) {
        if (!d.group("v" + k).equals(bar.group(2))) {
          throw new UnsupportedLatexException("an evaluation bar in another variable than the "
              + "derivative's");
        }
        return d.group("f" + k) + "'(" + bar.group(3) + ")";
      }
    }
    return latex;
  }
}
