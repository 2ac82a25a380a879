package gradlab.check;

import java.util.regex.Pattern;

/**
 * A text that uses σ as a function as well as a scale. Once the text writes σ as a number — the
 * scale of {@code \mathcal{N}(\mu, \sigma^2)}, {@code \sigma = 0.1}, a derivative by σ — every
 * later {@code \sigma(x)} had two readings, the sigmoid applied and σ times x, and a whole note
 * on the sigmoid became "not checked: ambiguous". Where the same text also uses σ as a function
 * — it differentiates σ ({@code \sigma'(z)}, {@code \sigma^\prime}), writes {@code
 * \sigma(\cdot)}, defines the sigmoid ({@code \sigma(z) = \frac{1}{1 + e^{-z}}}) or names σ
 * the sigmoid or the logistic function in the sentence that writes it — σ applied to a bracket
 * is read as that function only; σ alone, with a subscript, squared or before a plain factor
 * stays the scale (or stays ambiguous). A text that only uses σ as a scale keeps both readings
 * of σ(x): no step is refuted under one of them.
 */
final class SigmaAsFunction {
  /** Put in a reading's functions: the text uses σ as a function (σ(…) is then σ applied). */
  static final String MARK = "σ(·)";

  private static final Pattern DIFFERENTIATED = Pattern.compile(
      "\\\\sigma\\s*(?:'|\\^\\s*\\{?\\s*\\\\prime|\\(\\s*\\\\cdot\\s*\\))"); // σ′, σ(·)
  private static final Pattern SIGMOID_DEFINED = Pattern.compile(
      "\\\\sigma\\s*(?:\\\\left)?\\(\\s*[A-Za-z]\\s*(?:\\\\right)?\\)\\s*(?:=|:=|\\\\coloneqq|"
      + "\\\\equiv|\\\\triangleq)\\s*\\\\(?:d|t)?frac\\s*\\{?\\s*1\\s*\\}?\\s*\\{\\s*1\\s*\\+\\s*"
      + "(?:e\\s*\\^|\\\\exp)");
  private static final String WORD = "(?:sigmoid|logistic (?:function|sigmoid))";
  private static final String SIGMA = "\\\\sigma(?![A-Za-z_]|\\s*\\^)";
  /** One sentence (no full stop, no blank line) with both the word and σ, in either order. */
  private static final Pattern NAMED = Pattern.compile(
      "(?i)(?:" + WORD + "[^.\\n]{0,80}?" + SIGMA + "|" + SIGMA + "[^.\\n]{0,80}?" + WORD + ")");

  private SigmaAsFunction() {}

  /** Whether {@code text} uses σ as a function anywhere. */
  static boolean in(String text) {
    return DIFFERENTIATED.matcher(text).find() || SIGMOID_DEFINED.matcher(text).find()
        || NAMED.matcher(SigmaParameters.withoutNamedParameters(text)).find();
  }
}
