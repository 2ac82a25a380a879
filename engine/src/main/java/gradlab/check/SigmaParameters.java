package gradlab.check;

import java.util.regex.Pattern;

/**
 * A text that names σ a parameter (a constant, a scalar, a temperature) or gives it a value
 * ({@code $\sigma = 1$}) uses σ as a number, wherever it says so. Burges's RankNet writes
 * {@code \lambda_{ij} = \sigma(\frac{1}{2}(1 - S_{ij}) - \ldots)}, "where the choice of the
 * parameter $\sigma$ determines the shape of the sigmoid", and works an example "with $\sigma =
 * 1$": the definition, read before the value, took σ(…) for the sigmoid applied, and the true
 * example was refuted (held18). σ is a quantity from the text's start now, so σ(…) keeps both
 * readings; and a sentence that calls σ a parameter does not name σ the sigmoid
 * ({@link SigmaAsFunction}), though the sentence also says "sigmoid".
 */
final class SigmaParameters {
  private static final String NOUN =
      "(?:hyper)?parameter|constant|scalar|scale|temperature|number|coefficient|gain";
  /** "the parameter $\sigma$", "$\sigma$ is a constant", "$\sigma > 0$ is a scale". */
  private static final Pattern NAMED = Pattern.compile("(?i)(?:(?:" + NOUN + ")s?\\s+\\$\\s*"
      + "\\\\sigma\\s*\\$|\\$\\s*\\\\sigma\\s*(?:[>]\\s*0\\s*)?\\$\\s+(?:is|be)\\s+(?:an?|the|some"
      + "\\s+fixed)?\\s*(?:positive\\s+|fixed\\s+|real\\s+)?(?:" + NOUN + "))");
  /** {@code $\sigma = 1$}, {@code \sigma = 0.5,}: a value written in the text. */
  private static final Pattern VALUE = Pattern.compile(
      "(?<![A-Za-z_^{])\\\\sigma\\s*=\\s*-?\\d+(?:\\.\\d+)?\\s*(?:\\$|,|\\\\quad|\\\\text)");

  private SigmaParameters() {}

  /** Whether the text names σ a parameter or gives σ a value anywhere. */
  static boolean in(String text) {
    return NAMED.matcher(text).find() || VALUE.matcher(text).find();
  }

  /** The text with each "the parameter $\sigma$" written without σ (σ is not named there). */
  static String withoutNamedParameters(String text) {
    return NAMED.matcher(text).replaceAll("parameter");
  }
}
