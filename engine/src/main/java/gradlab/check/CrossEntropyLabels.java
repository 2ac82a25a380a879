package gradlab.check;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels of a cross-entropy the text writes, y of {@code L = -\sum_{i=1}^{K} y_i \log p_i}
 * ({@code t_k \ln y_k}): texts take them as one-hot or as a distribution, summing to 1, mostly
 * without saying so, and the softmax's ∂L/∂z₁ = p₁ − y₁ holds only there. Sampled as free
 * numbers it was refuted (at K = 1, y₁ = 0.50). A binary cross-entropy, whose labels are each
 * 0 or 1 on their own ({@code y_i \log p_i + (1 - y_i) \log(1 - p_i)}), has none. Stateless.
 */
final class CrossEntropyLabels {
  private static final Pattern LABEL_LOG = Pattern.compile("(?<![A-Za-z\\\\])([a-z])\\s*_\\s*"
      + "(?:\\{\\s*([a-z])\\s*\\}|([a-z]))\\s*(?:\\\\cdot\\s*)?\\\\(?:log|ln)(?![A-Za-z])");
  private static final Pattern SUM = Pattern.compile("\\\\sum(?![A-Za-z])|Σ|∑");

  private CrossEntropyLabels() {}

  /** The engine names of the labels of each cross-entropy Σ y_i log … in {@code latex}. */
  static Set<String> in(String latex) {
    Set<String> out = new LinkedHashSet<>();
    if (!SUM.matcher(latex).find()) {
      return out;
    }
    Matcher m = LABEL_LOG.matcher(latex);
    while (m.find()) {
      String y = m.group(1);
      if (!Pattern.compile("1\\s*-\\s*" + y + "\\s*_").matcher(latex).find()) {
        out.add(y);
      }
    }
    return out;
  }
}
