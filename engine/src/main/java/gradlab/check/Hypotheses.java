package gradlab.check;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the text assumes rather than claims: inequalities in inline math ({@code $0 < y < 1$}),
 * displays after "for", "assume", "if", "where" …, {@code \text{for } x > 0} after a formula.
 * A named point's scope ends at a heading and where the prose introduces a new point ("At
 * $x = 2$").
 */
final class Hypotheses {
  private static final Set<String> HYPOTHESIS_WORDS = Set.of("for", "assume", "assuming", "if",
      "where", "suppose", "given", "with", "when", "whenever", "provided", "let", "case");
  private static final Set<String> SCOPE_WORDS = Set.of("at", "for", "when", "take",
      "taking");
  private static final Pattern TEXT_CONDITION = Pattern.compile(
      "^\\\\(text|mbox|textrm)\\{\\s*(for|if|where|when|with)\\b[^}]*\\}\\s*|^\\\\forall\\s*");
  /** A sub-part after a part's letter, "(b)(i)" (PartLabels: an exam's sub-parts). */
  private static final String SUB_PART = "(?:\\s*\\((?:i{1,3}|iv|vi{0,3}|ix|x)\\))?";
  /**
   * A Markdown heading, or a question or part label at the start of a line ("**Q2.**",
   * "**(b)**", "Q3:", "(b) ", "Problem 2.", "Part (c)"): homework reuses L and x from one
   * question to the next, and a point or claim of Q1 must not carry into Q2 (a new user's true
   * Q3 gradient was ✗ from an unproved Q1 claim).
   */
  private static final Pattern HEADING = Pattern.compile("(?mi)^\\s*(?:#|\\*\\*\\s*(?:q(?:uestion)?"
      + "\\s*\\d+|\\(?[a-h]\\)" + SUB_PART + "|\\d+|part\\s+\\(?[a-z0-9]+\\)?|problem\\s+\\d+"
      + "|exercise\\s+\\d+)\\s*[.:)]?\\s*\\*\\*|(?:q\\d+\\s*[.:)]|\\([a-h]\\)" + SUB_PART
      + "\\s|part\\s+\\([a-z]\\)|problem\\s+\\d+\\s*[.:]|exercise\\s+\\d+\\s*[.:]|"
      + PartLabels.WORDED + "))");

  private Hypotheses() {}

  /** Whether the prose before a formula makes an inequality there a hypothesis. */
  /** Words after which inline math states a result of the text: a claim, not a hypothesis. */
  private static final Set<String> CONCLUSION_WORDS = Set.of("then", "therefore", "thus",
      "hence", "so", "gives", "giving", "get", "obtain", "yields", "implies", "shows",
      "conclude", "find", "bound", "bounds");

  /** Whether the prose before inline math concludes ("Then $σ′(z) = a(1 − a)$"). */
  static boolean concludes(String prose) {
    return CONCLUSION_WORDS.contains(lastWord(prose));
  }

  /**
   * Whether the sentence the math is in opens with a conclusion ("So for 3 layers $… \le …$",
   * "Hence each factor is $… < 1/4$"): its inequality is a claim, not a hypothesis.
   */
  static boolean sentenceConcludes(String prose) {
    String[] sentences = prose.split("[.!?:]\\s");
    if (sentences.length == 0) { // "For all $x$: $…$": the prose between is only ": "
      return false;
    }
    String[] w = words(sentences[sentences.length - 1]);
    return w.length > 0 && Set.of("so", "hence", "thus", "therefore", "then").contains(w[0]);
  }

  static boolean introducesHypothesis(String prose) {
    String[] w = words(prose);
    String last = w.length == 0 ? "" : w[w.length - 1];
    // "assume that $…$", "such that $…$" (not "so that $…$", which concludes)
    return HYPOTHESIS_WORDS.contains(last) || last.equals("that") && w.length > 1
        && (HYPOTHESIS_WORDS.contains(w[w.length - 2]) || w[w.length - 2].equals("such")
        || w[w.length - 2].equals("supposing"));
  }

  /** Whether the prose before a point (x = 2) starts a new scope for named points. */
  static boolean startsScope(String prose) {
    return SCOPE_WORDS.contains(lastWord(prose));
  }

  static boolean hasHeading(String prose) {
    return HEADING.matcher(prose).find();
  }

  /** The statement without a leading {@code \text{for …}}, or null when it has none. */
  static String condition(String statement) {
    var m = TEXT_CONDITION.matcher(statement.strip());
    return m.find() ? statement.strip().substring(m.end()) : null;
  }

  static boolean allInequalities(List<Relation> relations) {
    return !relations.isEmpty() && relations.stream().allMatch(r -> r != Relation.EQUAL
        && r != Relation.APPROX);
  }

  /**
   * The interval a chain of inequalities gives one name, or null: {lo, hi} with open ends
   * replaced so that samples stay near the stated side (x > 0 → (0, 3)).
   */
  static double[] interval(Double lo, Double hi) {
    if (lo == null && hi == null) {
      return null;
    }
    double l = lo != null ? lo : Math.min(hi - 1, -3);
    double h = hi != null ? hi : Math.max(l + 1, 3);
    return l < h ? new double[] {l, h} : null;
  }

  /** The last word of the prose before a formula, lower case ("assuming"). */
  static String lastWordOf(String prose) {
    return lastWord(prose);
  }

  private static String lastWord(String prose) {
    String[] words = words(prose);
    return words.length == 0 ? "" : words[words.length - 1];
  }

  private static String[] words(String prose) {
    return prose.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ").strip().split("\\s+");
  }
}
