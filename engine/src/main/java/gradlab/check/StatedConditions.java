package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Requirements and choices the text states, which are not claims: "to keep the variance fixed
 * we set $n_\mathrm{in} \sigma^2 = 1$", "we need $…$", "unless $…$", "a common choice is to set
 * $\log C = -\max_j f_j$", "a sufficient condition is: $$…$$", "we simply try to satisfy: $$…$$".
 * Such a relation is listed as {@code [condition]}, never checked or refuted, and kept (until a
 * heading) so that a later step on the same names can be checked given it
 * ({@link ConditionSteps}). Only the prose's last words count: "we want to compute: $$…$$" is
 * a claim. One per document; not thread-safe. Modified by {@link #addInPlace} and
 * {@link #clearInPlace}.
 */
final class StatedConditions {
  /** The note of a relation the text requires or chooses. */
  static final String NOTE = "condition";
  /** Last words that make the relation after them a requirement or a choice. */
  private static final Set<String> LAST = Set.of("set", "sets", "setting", "need", "needs",
      "require", "requires", "required", "choose", "chooses", "choosing", "satisfy", "satisfies",
      "unless", "want", "impose", "enforce", "demand");
  /** Words that, among the last few, make "… is:" a requirement ("a sufficient condition is"). */
  private static final Set<String> NAMING = Set.of("condition", "conditions", "constraint",
      "constraints", "requirement", "requirements");
  private static final int MAX = 3;

  /**
   * One condition as read.
   *
   * @param line its line
   * @param lhs its left side, engine syntax
   * @param rhs its right side, engine syntax
   * @param shown the relation as the text wrote it
   */
  record Condition(int line, String lhs, String rhs, String shown) {}

  private final List<Condition> conditions = new ArrayList<>();

  /**
   * Whether the prose before a relation makes it a requirement or a choice: its last word (after
   * "that" or "to") is one of "set", "need", "require", "choose", "satisfy", "unless", "want" …;
   * "would like", "want to have"; or "… is"/"are" within three words after "condition",
   * "constraint" or "requirement". Never where the prose ends its sentence with a full stop
   * after a word ("The derivatives we need."): the relation after it is not its object.
   */
  static boolean introduces(String prose) {
    if (prose.replaceAll("[\\s*_]+$", "").matches("(?s).*[A-Za-z][.!?]$")) {
      return false; // "The derivatives we need." ends its sentence before the display (user48)
    }
    String[] w = prose.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ").strip()
        .split("\\s+");
    int n = w.length;
    while (n > 0 && (w[n - 1].equals("that") || w[n - 1].equals("to"))) {
      n--;
    }
    if (n == 0) {
      return false;
    }
    String last = w[n - 1];
    if (LAST.contains(last)) {
      return true;
    }
    if (last.equals("like") && n > 1 && w[n - 2].equals("would")) {
      return true;
    }
    if (last.equals("have") && n > 2 && w[n - 2].equals("to") && (w[n - 3].equals("want")
        || w[n - 3].equals("like") || w[n - 3].equals("need"))) {
      return true;
    }
    if (last.equals("is") || last.equals("are") || last.equals("reads")) {
      for (int k = Math.max(0, n - 4); k < n - 1; k++) {
        if (NAMING.contains(w[k])) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "We choose the weights …, and the biases so that $z_j = 0$": "so that" after a choice made
   * in the same sentence states what the choice achieves, a condition (Nielsen ch. 5); elsewhere
   * "so that" concludes.
   */
  static boolean chosenSoThat(String prose, String paragraph) {
    if (!prose.toLowerCase(Locale.ROOT).matches("(?s).*\\bso\\s+that\\s*$")) {
      return false;
    }
    String sentence = SentenceScope.lastSentence(paragraph).toLowerCase(Locale.ROOT);
    return sentence.matches("(?s).*\\b(?:choose|chose|chosen|pick|picked|select|selected|"
        + "initiali[sz]e|initiali[sz]ed|set)\\b.*");
  }

  void addInPlace(Condition c) {
    conditions.add(c);
  }

  /** Forgets the conditions of {@code line}: an equation the text solved there, not kept. */
  void solvedInPlace(int line) {
    conditions.removeIf(c -> c.line() == line);
  }

  /** Forgets every condition (a heading: another section's conditions do not hold here). */
  void clearInPlace() {
    conditions.clear();
  }

  /** The conditions in scope, most recent first, at most three. */
  List<Condition> mostRecentFirst() {
    List<Condition> out = new ArrayList<>();
    for (int k = conditions.size() - 1; k >= 0 && out.size() < MAX; k--) {
      out.add(conditions.get(k));
    }
    return out;
  }
}
