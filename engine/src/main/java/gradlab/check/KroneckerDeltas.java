package gradlab.check;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Kronecker delta of two free indices, {@code \delta_{ij}} (also {@code \delta_{i,j}}), as
 * the softmax Jacobian {@code p_i(\delta_{ij} - p_j)} writes it: the indicator
 * {@code \mathbb{1}(i = j)}, 1 where the indices are equal and 0 elsewhere, which is then
 * written out with the indices' values like any formula of them. Only where both letters are
 * free indices of the step and the text gives δ no meaning or value of its own (Nielsen's δ^l_j, the
 * error of a layer, is a name: a δ with a subscript the text defines or a superscript is left).
 */
final class KroneckerDeltas {
  private static final Pattern DELTA = Pattern.compile(
      "\\\\delta\\s*_\\s*\\{\\s*([a-z])\\s*,?\\s*([a-z])\\s*\\}(?!\\s*\\^)");

  /** A Σ's index letter: {@code \sum_i}, {@code \sum_{i=1}^n}, {@code \sum_{i}}. */
  private static final Pattern SUM_INDEX = Pattern.compile(
      "\\\\(?:sum|prod)\\s*_\\s*\\{?\\s*([a-z])\\b");
  /** A subscript letter of another name: the j of {@code p_j}, {@code z_{j}}. */
  private static final Pattern SUBSCRIPT = Pattern.compile("(?<!\\\\delta)\\s*_\\s*\\{?\\s*"
      + "([a-z])\\s*\\}?(?![A-Za-z])");

  private KroneckerDeltas() {}

  /**
   * Both sides with each δ of a Σ's index and another index letter of the step written as an
   * indicator, before the sums are written out: {@code -\sum_i y_i(\delta_{ij} - p_j)} of the
   * softmax cross-entropy gradient was "δ₁₁ is not defined" once written out (only a δ of two
   * free indices was read). A δ none of whose letters a Σ of the step binds is left to
   * {@link #asIndicators}.
   */
  static String[] inSums(DocumentRun run, String l, String r) {
    String both = l + " " + r;
    Set<String> bound = new java.util.HashSet<>();
    SUM_INDEX.matcher(both).results().forEach(m -> bound.add(m.group(1)));
    if (bound.isEmpty() || !both.contains("\\delta")) {
      return new String[] {l, r};
    }
    Set<String> letters = new java.util.HashSet<>(bound);
    SUBSCRIPT.matcher(both).results().forEach(m -> letters.add(m.group(1)));
    Matcher m = DELTA.matcher(both);
    boolean anyBound = false;
    while (m.find()) {
      anyBound |= bound.contains(m.group(1)) || bound.contains(m.group(2));
    }
    return anyBound ? new String[] {asIndicators(run, l, letters), asIndicators(run, r, letters)}
        : new String[] {l, r};
  }

  /** {@code latex} with each δ of two of the {@code free} letters written as an indicator. */
  static String asIndicators(DocumentRun run, String written, Set<String> free) {
    String latex = run.identityEntries ? IdentityMatrixEntries.asDeltas(written) : written;
    if (!latex.contains("\\delta") || run.ctx.definitions().stream()
        .anyMatch(d -> d.name().startsWith("delta")) || run.indexed.defines("\\delta_j")
        || run.ctx.point().keySet().stream().anyMatch(k -> k.startsWith("delta"))) {
      return latex;
    }
    Matcher m = DELTA.matcher(latex);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      boolean both = free.contains(m.group(1)) && free.contains(m.group(2))
          && !m.group(1).equals(m.group(2));
      m.appendReplacement(b, Matcher.quoteReplacement(both ? "\\mathbb{1}(" + m.group(1) + " = "
          + m.group(2) + ")" : m.group()));
    }
    return m.appendTail(b).toString();
  }
}
