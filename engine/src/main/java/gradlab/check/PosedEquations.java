package gradlab.check;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An equation the text asks about or sets out to solve is no claim: "So we want to solve: for
 * what $p$ does $a+4\sqrt{2p} = a+2$, which is solved when $p=1/8$" (d2l, random variables)
 * poses {@code a+4√(2p) = a+2} as a question; it holds only for the p it is solved for. Read as a
 * condition (listed, never refuted); the answer after "which is solved when" is checked as a
 * solution of it ({@link SolvingSteps}). Pure functions of the prose.
 */
final class PosedEquations {
  /** "for what $p$ does", "for which values of $x$ is", "at what $t$ will" at a sentence's end. */
  private static final Pattern QUESTION = Pattern.compile("(?s).*\\b(?:for|at)\\s+(?:what|which)"
      + "\\s+(?:values?\\s+of\\s+)?\\$[^$]{1,40}\\$\\s+(?:does|do|is|are|will|would|can)\\s*$");
  /** "we want to solve", "solving", "solve:" as the last words before the relation. */
  private static final Pattern SOLVE = Pattern.compile("(?s).*\\bsolv(?:e|es|ing)\\s*:?\\s*$");

  private PosedEquations() {}

  /**
   * Whether the relation after this prose is posed (a question, or an equation to solve), not
   * claimed: the last sentence of the paragraph ends with "for what $x$ does" (or "which … is")
   * or the prose right before it ends with "solve".
   */
  static boolean poses(String prose, String paragraph) {
    // "what" stays a word ({@link PlainHats})
    String sentence = SentenceScope.lastSentence(paragraph).toLowerCase(Locale.ROOT);
    return QUESTION.matcher(sentence).matches()
        || SOLVE.matcher(prose.toLowerCase(Locale.ROOT)).matches();
  }
}
