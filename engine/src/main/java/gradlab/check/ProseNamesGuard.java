package gradlab.check;

import java.util.List;
import java.util.Set;

/**
 * A refutation whose point gives a value to an English function word ("the", "of", "with") the
 * text never defines: the words of a sentence were read as factors of a formula (a new user's
 * "lambda = 0.01 the weights shrink by a factor 0.999" defined λ as 0.01·the·weights·…), so the
 * step the checker refuted is not the one written. Such a refutation is "not checked", naming
 * the words. Every reader class that takes a sentence apart is a fix for one shape of sentence;
 * this is the net under all of them. Stateless.
 */
final class ProseNamesGuard {
  /**
   * Words no derivation names a quantity: articles, prepositions, pronouns, auxiliaries, of three
   * letters or more (a two-letter one is a subscripted name's engine form: a_n is an, a_t at).
   */
  static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "that", "this", "these",
      "those", "with", "each", "which", "where", "when", "then", "than", "from", "into", "onto",
      "over", "under", "are", "was", "were", "been", "its", "our", "has", "have", "gives",
      "gets", "thus", "hence", "since", "because", "for", "not", "but", "will", "also", "here",
      "there", "their", "they", "you", "your", "every", "only", "just", "what", "why", "how",
      "does", "should", "would", "could", "must", "same");

  /**
   * The clearest of them, which never name a quantity in a definition's right side: a subset of
   * {@link #FUNCTION_WORDS} (a word added here alone would not be guarded at a refutation).
   */
  static final Set<String> IN_A_FORMULA_WORDS = Set.of("the", "its", "with", "and", "that",
      "this", "are", "was", "from", "each", "which", "where", "when", "then", "than", "our",
      "their");

  private static final java.util.regex.Pattern IN_A_FORMULA = java.util.regex.Pattern.compile(
      "(?<![A-Za-z0-9_$])(" + String.join("|", new java.util.TreeSet<>(IN_A_FORMULA_WORDS))
      + ")(?![A-Za-z0-9_$(])");

  private ProseNamesGuard() {}

  private static final java.util.regex.Pattern NAMED_IN_WORDS = java.util.regex.Pattern.compile(
      "^\\s*([A-Za-z][A-Za-z0-9_]*)\\s*=\\s*([A-Za-z][A-Za-z'’ -]*[A-Za-z])\\s*\\.?\\s*$");

  /**
   * A plain-text line naming a quantity in words, "a = its logit": a note, no definition and no
   * claim, so that a stays a free variable (it had been defined as its·logit, then "defined in a
   * way the checker does not read"); false where the line is not one.
   */
  static boolean namedInWordsInPlace(DocumentRun run, int line, String text) {
    java.util.regex.Matcher m = NAMED_IN_WORDS.matcher(text);
    if (!m.matches() || !holdsWords(run, m.group(2)) || run.ctx.defines(m.group(1))) {
      return false;
    }
    run.out.add(new StepResult(line, m.group(1), Relation.EQUAL, m.group(2).strip(), null,
        "named in words: no formula to read"));
    return true;
  }

  /** Whether {@code formula} (engine syntax) holds such a word as a name the text leaves free. */
  static boolean holdsWords(DocumentRun run, String formula) {
    java.util.regex.Matcher m = IN_A_FORMULA.matcher(formula);
    while (m.find()) {
      if (!run.ctx.defines(m.group(1)) && !run.ctx.point().containsKey(m.group(1))) {
        return true;
      }
    }
    return false;
  }

  /** {@code v}, or "not checked" where its point holds a function word the text leaves free. */
  static StepVerdict guard(DocumentRun run, StepVerdict v) {
    if (!(v instanceof StepVerdict.Refuted f)) {
      return v;
    }
    List<String> words = f.point().keySet().stream()
        .filter(n -> FUNCTION_WORDS.contains(n) && !run.ctx.defines(n)).sorted().toList();
    if (words.isEmpty()) {
      return v;
    }
    return new StepVerdict.NotChecked("it reads the word" + (words.size() > 1 ? "s " : " ")
        + String.join(", ", words) + " as " + (words.size() > 1 ? "names" : "a name")
        + ": a sentence inside the formula, which is not read (it failed so read: "
        + f.evidence() + ")");
  }
}
