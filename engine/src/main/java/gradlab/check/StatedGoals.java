package gradlab.check;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the text sets out to show is the claim to reach, not a given: "show that $\sigma_w^2 =
 * 2/n$ keeps …", "prove that $…$", "we want $…$", "our goal is $…$". Read as a definition, a
 * question's "show that σ_w² = 2/n" made a later σ_w² = 1/1024 ✗ and hid the wrong step before
 * it (found by a lecturer). An inline relation in such a sentence is listed "to be shown":
 * neither defined nor checked. Pure functions of the prose.
 */
final class StatedGoals {
  /** The note a goal is listed with. */
  static final String NOTE = "to be shown: the claim to reach, not a given";
  /** show / prove (that), verify that, we want, our goal is, we wish to, it remains to. */
  private static final Pattern GOAL = Pattern.compile("\\b(?:show|prove)\\b(?:\\s+that\\b)?"
      + "|\\b(?:verify|demonstrate|establish)\\s+that\\b|\\bwe\\s+(?:want|wish|aim)\\b"
      + "|\\bour\\s+(?:goal|aim|task)\\s+is\\b|\\bit\\s+remains\\s+to\\b");
  /** Words after the goal that introduce a given again: "show that $…$ where $s^2 = …$". */
  private static final Pattern GIVEN = Pattern.compile("\\b(?:where|with|let|given|if|when|"
      + "for|assuming|suppose|since|because|using|then|so|hence)\\b");

  private StatedGoals() {}

  /**
   * Whether the paragraph's last sentence (its prose up to this formula) sets out a goal:
   * "(b) If …, show that" before the formula, with no "where", "if", "with" … after the goal's
   * words (what follows those is given again). Earlier sentences do not count.
   */
  static boolean sets(String paragraph) {
    String sentence = SentenceScope.lastSentence(paragraph);
    if (paragraph.matches("(?s).*[.!?]\\s*$")) {
      return false; // the goal's sentence has ended
    }
    String lower = sentence.toLowerCase(Locale.ROOT);
    java.util.regex.Matcher m = GOAL.matcher(lower);
    int end = -1;
    while (m.find()) {
      end = m.end();
    }
    return end >= 0 && !GIVEN.matcher(lower.substring(end).replaceAll("\\$[^$]*\\$", " "))
        .find();
  }
}
