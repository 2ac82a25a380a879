package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The indicator of a condition written as Iverson brackets, as softmax and SVM gradients write
 * it: {@code [y = k]}, {@code [\![y_i = j]\!]}, and {@code 1\{y = k\}} (CS229): each is
 * {@code \mathbb{1}(…)}, which {@link LatexReader} reads (1 where the condition holds, else 0).
 * A square bracket is one only where it holds a single relation (=, ≠, &lt;, &gt;) and no comma,
 * and does not follow a name or a command ({@code P[y = k]}, {@code \mathbb{E}[…]} and
 * {@code \left[…\right]} stay as they are). A relation is a whole command: the {@code \le} of
 * a {@code \left(} inside the bracket is none (held27: the SiLU paper's
 * {@code \frac{\partial}{\partial z} \left[ \sigma(z) \left(1 + z …\right) \right]} was "not
 * checked: the indicator 𝟙 of a condition that is not one comparison").
 */
final class IversonBrackets {
  private static final String RELATION = "(?:=|\\\\neq|\\\\ne(?![A-Za-z])|<|>|\\\\leq?(?![A-Za-z])"
      + "|\\\\geq?(?![A-Za-z]))";
  private static final Pattern DOUBLE = Pattern.compile("\\[\\\\!\\[([^\\[\\]]*)\\]\\\\!\\]");
  private static final Pattern SINGLE = Pattern.compile("(?<![A-Za-z0-9}\\\\_^])\\[([^\\[\\]=,]*"
      + RELATION + "[^\\[\\]=,<>]*)\\]");
  private static final Pattern BRACED = Pattern.compile("(?<![A-Za-z0-9.}_^])1\\s*\\\\\\{([^{}]*?"
      + RELATION + "[^{}]*?)\\\\\\}");

  private IversonBrackets() {}

  /** {@code latex} with each Iverson bracket written as 𝟙(…). */
  static String asIndicators(String latex) {
    if (!latex.contains("[") && !latex.contains("\\{")) {
      return latex;
    }
    String s = replace(DOUBLE, latex);
    s = replace(SINGLE, s);
    return replace(BRACED, s);
  }

  private static String replace(Pattern p, String latex) {
    Matcher m = p.matcher(latex);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement("\\mathbb{1}(" + m.group(1) + ")"));
    }
    m.appendTail(b);
    return b.toString();
  }
}
