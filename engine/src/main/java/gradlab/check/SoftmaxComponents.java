package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A component of the softmax of a vector, {@code \mathrm{softmax}(\mathbf{o})_j} (d2l,
 * CS231n; also typed plain, {@code softmax(o)_j}), is by definition {@code \frac{\exp(o_j)}{\sum_{k} \exp(o_k)}}: the sum runs over
 * every component of o, which is what a Σ without bounds means to {@link SizedSteps} (written
 * out for a few sizes, or with the bound the step's other sums name, Σ_{k=1}^q). The vector must
 * be one name (bold or not), the component one index; the summation index is a letter the
 * formula does not use. The softmax of a vector without a component stays refused by name
 * ({@link LatexWords}).
 */
final class SoftmaxComponents {
  private static final Pattern COMPONENT = Pattern.compile("(?:\\\\(?:mathrm|operatorname|text)"
      + "\\{softmax\\}|(?<![A-Za-z\\\\{])softmax)\\s*(?:\\\\left)?\\(\\s*"
      + "(?:\\\\(?:mathbf|boldsymbol|bm)\\{\\s*([A-Za-z])"
      + "\\s*\\}|([A-Za-z]))\\s*(?:\\\\right)?\\)_(?:\\{\\s*([A-Za-z])\\s*\\}|([A-Za-z]))");
  private static final String INDICES = "kmrsuvpn";

  private SoftmaxComponents() {}

  /** The formula (LaTeX) with each softmax component written as its definition. */
  static String expand(String latex) {
    if (!latex.contains("softmax")) {
      return latex;
    }
    Matcher m = COMPONENT.matcher(latex);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String vector = m.group(1) != null ? m.group(1) : m.group(2);
      String index = m.group(3) != null ? m.group(3) : m.group(4);
      String sum = freeLetter(latex, vector + index);
      if (sum == null) {
        return latex; // no letter to sum over: left to be refused by name
      }
      m.appendReplacement(out, Matcher.quoteReplacement("\\frac{\\exp(" + vector + "_" + index
          + ")}{\\sum_{" + sum + "} \\exp(" + vector + "_" + sum + ")}"));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A summation index that the formula does not use as a letter on its own. */
  private static String freeLetter(String latex, String taken) {
    for (char ch : INDICES.toCharArray()) {
      String s = String.valueOf(ch);
      if (!taken.contains(s) && !Pattern.compile("(?<![A-Za-z\\\\])" + s + "(?![A-Za-z])")
          .matcher(latex).find()) {
        return s;
      }
    }
    return null;
  }
}
