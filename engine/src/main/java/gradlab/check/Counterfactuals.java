package gradlab.check;

import java.util.regex.Pattern;

/**
 * A sentence that supposes other values than the text's: "If b1 were -3 instead, z1 = -1 < 0,
 * so relu'(z1) = 0", "had we chosen η = 1, …", "suppose instead that …", "what if w = 0?". Its
 * relations hold for the values it supposes, which the reader does not take, never for the
 * text's own: checked at b1 = −1 the true relu′(z1) = 0 was ✗ (a student). Such a sentence's
 * relations are not checked, and the values it states are not the text's values. "If … were"
 * supposes a value only when a value follows "were" ("if that were the optimal thing to do",
 * Ioffe and Szegedy's aside, supposes none: the display after it is the text's own claim).
 */
final class Counterfactuals {
  static final String REASON = "a supposition ('if … were', 'had we', 'suppose instead'): the "
      + "values it supposes are not the text's, and are not read";
  private static final Pattern CUE = Pattern.compile("(?i)(?<![\\p{L}])(?:if\\b[^.;!?]{0,80}?"
      + "\\bwere\\s*(?:[-−+]?\\s*[0-9$\\\\(]|(?:set|changed|chosen|made)\\b)|"
      + "were\\s+(?:instead|to\\s+be)\\b|had\\s+(?:we|you|i|they|one)\\b|suppose\\s+"
      + "(?:instead|now|we\\s+had)\\b|what\\s+if\\b|would\\s+have\\s+been\\b|"
      + "instead\\s+of\\s+(?:the\\s+)?(?:given|actual|stated)\\b)");

  private Counterfactuals() {}

  /** Whether {@code sentence} supposes values other than the text's. */
  static boolean supposes(String sentence) {
    return sentence != null && CUE.matcher(sentence).find();
  }
}
