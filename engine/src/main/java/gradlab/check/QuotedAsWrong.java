package gradlab.check;

import java.util.regex.Pattern;

/**
 * A formula the text itself quotes as wrong: "a common mistake is to write $σ′(z) = σ(z)²$", "it
 * is NOT true that $…$", "wrong: …", "do not write …". It is not the author's claim, so it was a
 * false "first wrong step" (a lecturer's notes on typical errors, user28). Such a sentence's
 * relations are not checked and are reported as quoted; the sentence ends at its full stop, so a
 * formula after it ("The correct form is $…$", or the same mistake claimed) is read as before.
 * Stateless.
 */
final class QuotedAsWrong {
  static final String REASON = "quoted as wrong by the text (a mistake it warns about), not the "
      + "text's own claim";
  private static final Pattern CUE = Pattern.compile("(?i)(?<![\\p{L}])(?:"
      + "(?:common|typical|frequent|classic|usual|popular)\\s+(?:mistake|error|pitfall|bug|"
      + "misconception|trap)s?\\b"
      + "|(?:mistake|pitfall|misconception)\\s+(?:is|would\\s+be)\\s+to\\b"
      + "|not\\s+true\\s+that\\b|(?:isn't|is\\s+not)\\s+true\\s*:"
      + "|(?:do\\s+not|don't|never)\\s+write\\b"
      + "|(?:incorrectly|wrongly|mistakenly)\\s+(?:write|writes|written|wrote|claim|claims|"
      + "state|states|say|says)\\b"
      + "|^\\s*[*_]*(?:wrong|incorrect|false|mistake|not)\\s*[*_]*\\s*[:!]"
      + "|(?:wrong|incorrect)\\s+(?:version|formula|answer|claim|derivation|way)\\s*(?:is|:))");

  private static final Pattern RELATION = Pattern.compile("[=<>≤≥≈≠]");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?;](?:\\s+|$)");

  private QuotedAsWrong() {}

  /**
   * For a plain-text line whose first relation stands in a sentence that quotes it as wrong:
   * the sentence (from the line's start to its full stop) and what follows it; else null.
   */
  static String[] quotedSentence(String line) {
    java.util.regex.Matcher r = RELATION.matcher(line);
    if (!r.find()) {
      return null;
    }
    String[] before = line.substring(0, r.start()).split("[.!?;]\\s+", -1);
    if (!quotes(before[before.length - 1])) {
      return null;
    }
    java.util.regex.Matcher end = SENTENCE_END.matcher(line);
    int stop = end.find(r.end()) ? end.end() : line.length();
    return new String[] {line.substring(0, stop).strip(), line.substring(stop).strip()};
  }

  /** Whether {@code sentence}, the one a formula stands in, quotes it as wrong. */
  static boolean quotes(String sentence) {
    if (sentence == null) {
      return false;
    }
    String[] paragraphs = sentence.split("\\n\\s*\\n", -1); // a blank line ends the sentence
    return CUE.matcher(paragraphs[paragraphs.length - 1]).find();
  }
}
