package gradlab.check;

import java.util.regex.Pattern;

/**
 * A font command without braces applies to the next token only, as TeX reads it:
 * {@code \frac{\mathrm d}{\mathrm dx}} is {@code \frac{\mathrm{d}}{\mathrm{d}x}}. Without this
 * the reader took "\mathrm dx" for one upright word and the derivative for the fraction
 * d/(d·x), and refuted σ′ = σ(1 − σ) (found by a new user typing Overleaf's style).
 */
final class FontArguments {
  private static final Pattern BARE = Pattern.compile(
      "\\\\(mathrm|mathbf|mathit|mathsf|mathcal|mathbb|boldsymbol|bm|operatorname)"
          + "(?![A-Za-z])\\s*([A-Za-z0-9])");

  private FontArguments() {}

  static String braced(String text) {
    return BARE.matcher(text).replaceAll("\\\\$1{$2}");
  }
}
