package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clause of words after a plain-text formula, "f(x) = x*sigmoid(b*x)     where b is beta", or
 * a comment after an arrow, "L = (ŷ − y)²   ← no ½ in front this time": the words were read as
 * factors of the formula, so f became x·σ(bx)·where·b·is·β and the true f′(x) = b·f(x) + … was
 * refuted (a student's Swish notes). The formula is read without the clause. The words may state
 * a condition the checker does not read ("where b is zero"), so a claim refuted without them is
 * "not checked", never ✗; a clause that holds a relation ("where b = 1") is not taken off.
 */
final class TrailingProseClauses {
  private static final Pattern CLAUSE = Pattern.compile("^(.*[^\\s,])\\s*,?\\s+((?i:where|"
      + "which|here|i\\.e\\.|that is|meaning|because|since|its|whose)\\s+[^=<>≤≥≠]*)$");
  private static final Pattern COMMENT = Pattern.compile("^(.*\\S)\\s+(?:←|<-+|#|//)\\s*"
      + "([^=<>≤≥≠]*)$");
  /**
   * A sentence going on after a formula's number or bracket, without a word that introduces it:
   * "lambda = 0.01 the weights shrink by a factor 0.999 each step" defined λ as
   * 0.01·the·weights·shrink… (a new user's L2 notes). A reason ("by the chain rule") is
   * {@link ProseWords}': there a wrong step stays ✗.
   */
  private static final Pattern SENTENCE = Pattern.compile(
      "^(.*[0-9)\\]}])\\s+((?!(?:by|from|using|via|since|because|as)\\b)\\p{Ll}{2,}(?:\\s+[\\p{L}0-9.,']+){2,}?)\\s*\\.?\\s*$");
  private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
  private static final Pattern RELATION = Pattern.compile("[=<>≤≥≠]");

  private TrailingProseClauses() {}

  /**
   * Reads {@code text} without its trailing clause through {@code read}; true where it had one.
   * Refutations on the line become "not checked".
   */
  static boolean readInPlace(DocumentRun run, int line, String text,
      java.util.function.Consumer<String> read) {
    Matcher m = CLAUSE.matcher(text);
    if (!m.matches() || !prose(run, m.group(2), 2)) {
      m = COMMENT.matcher(text);
      if (!m.matches() || !prose(run, m.group(2), 2)) {
        m = SENTENCE.matcher(text);
        if (!m.matches() || RELATION.matcher(m.group(2)).find() || !prose(run, m.group(2), 3)) {
          m = TrailingWordNotes.NOTE.matcher(text); // "= 1.475   ok", "= 13.5 epochs"
          if (!m.matches() || !TrailingWordNotes.isNote(run, m.group(2))) {
            return false;
          }
        }
      }
    }
    if (!RELATION.matcher(m.group(1)).find()) {
      return false;
    }
    int before = run.out.size();
    read.accept(m.group(1).strip());
    for (int k = before; k < run.out.size(); k++) {
      StepResult s = run.out.get(k);
      if (s.verdict() instanceof StepVerdict.Refuted f) {
        run.out.set(k, new StepResult(s.line(), s.lhs(), s.relation(), s.rhs(),
            new StepVerdict.NotChecked("it fails without the words after it ("
                + m.group(2).strip() + "), which are not read: " + f.evidence()), s.note()));
      }
    }
    return true;
  }

  /** Whether {@code words} holds at least {@code least} words that the text does not define. */
  private static boolean prose(DocumentRun run, String words, int least) {
    Matcher w = WORD.matcher(words);
    int count = 0;
    while (w.find()) {
      String word = w.group();
      if (run.ctx.defines(word) || run.functions.contains(word)
          || run.ctx.point().containsKey(word)) {
        return false;
      }
      if (gradlab.math.Catalogue.function(word).isEmpty()
          && !LatexNames.GREEK.contains(word.toLowerCase(java.util.Locale.ROOT))) {
        count++; // "step", "sin", "beta" are no evidence of a sentence, nor against one
      }
    }
    return count >= least;
  }
}
