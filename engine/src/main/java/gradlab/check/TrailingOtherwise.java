package gradlab.check;

import java.util.regex.Pattern;

/**
 * An "otherwise" that trails an inline formula in the middle of a sentence, the last branch of a
 * piecewise definition written in words: "$\mathrm{ELU}(x, \alpha) = x$ if $x \geq 0$ and
 * $\alpha (\exp(x) - 1)$ otherwise is not continuously differentiable …" (Barron's CELU text).
 * {@link OtherCases} opened a case there that lasted to the next heading, so every refutation of
 * the sections after it, "For $x < 0$ … $$\frac{d}{dx} \alpha (e^{x/\alpha} - 1) = \alpha
 * e^{x/\alpha}$$", was "not checked: in another case" and the planted slip went unnamed. Such an
 * "otherwise" qualifies the formula before it; the case it may open (a sloppy "then $b = 1$
 * otherwise $$b = 2$$ and $$…$$") is kept whole for the rest of its sentence: up to a ".", "!"
 * or "?" before a capital letter or at the end of the prose ("e.g." does not end it); after it,
 * only the names ranged before the case stay guarded ({@link OtherCaseRefutations}). A capitalised
 * "Otherwise", one after punctuation ("; otherwise", ". Otherwise") or after prose words still
 * opens a case up to the next heading. Stateless.
 */
final class TrailingOtherwise {
  /** A lowercase "otherwise" as the first word of the prose. */
  private static final Pattern LOWERCASE = Pattern.compile("^\\s*otherwise\\b");

  /** The end of a sentence: ". T", or a stop at the end of the prose; not "e.g." or "i.e.". */
  private static final Pattern SENTENCE_END = Pattern.compile(
      "(?<!\\.[a-z])[.!?](?:\\s+[A-Z]|\\s*$)");

  private TrailingOtherwise() {}

  /** Whether {@code prose} ends a sentence. */
  static boolean endsASentence(String prose) {
    return prose != null && SENTENCE_END.matcher(prose).find();
  }

  /**
   * Whether the "otherwise" found at {@code at} of the stripped {@code proseBefore} trails the
   * inline formula that ends the paragraph before it ({@code paragraph} holds both, in order).
   */
  static boolean trails(String paragraph, String proseBefore, int at) {
    if (at != 0 || !LOWERCASE.matcher(proseBefore).find()
        || !paragraph.endsWith(proseBefore)) {
      return false;
    }
    String before = paragraph.substring(0, paragraph.length() - proseBefore.length());
    return before.endsWith("$");
  }
}
