package gradlab.check;

import java.util.regex.Pattern;

/**
 * A font command or an accent without braces applies to the next token only, as TeX reads it:
 * {@code \frac{\mathrm d}{\mathrm dx}} is {@code \frac{\mathrm{d}}{\mathrm{d}x}}, and d2l's
 * {@code \hat y_j} is {@code \hat{y}_j}. Without this the reader took "\mathrm dx" for one
 * upright word and the derivative for the fraction d/(d·x), and refuted σ′ = σ(1 − σ) (found by
 * a new user typing Overleaf's style); and d2l's softmax {@code \hat y_j = \frac{\exp(o_j)}{\sum_k
 * \exp(o_k)}} was not read as the family ŷ_j its braced form defines, so every later step with
 * ŷ_j was "not checked: ŷⱼ is not defined in the text".
 */
final class FontArguments {
  private static final Pattern BARE = Pattern.compile(
      "\\\\(mathrm|mathbf|mathit|mathsf|mathcal|mathbb|boldsymbol|bm|operatorname"
          + "|hat|widehat|tilde|widetilde|bar|overline|vec|dot|ddot)"
          + "(?![A-Za-z])\\s*([A-Za-z0-9])");

  private FontArguments() {}

  static String braced(String text) {
    return BARE.matcher(text).replaceAll("\\\\$1{$2}");
  }
}
