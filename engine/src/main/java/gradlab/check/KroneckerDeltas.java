package gradlab.check;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Kronecker delta of two free indices, {@code \delta_{ij}} (also {@code \delta_{i,j}}), as
 * the softmax Jacobian {@code p_i(\delta_{ij} - p_j)} writes it: the indicator
 * {@code \mathbb{1}(i = j)}, 1 where the indices are equal and 0 elsewhere, which is then
 * written out with the indices' values like any formula of them. Only where both letters are
 * free indices of the step and the text gives δ no meaning of its own (Nielsen's δ^l_j, the
 * error of a layer, is a name: a δ with a subscript the text defines or a superscript is left).
 */
final class KroneckerDeltas {
  private static final Pattern DELTA = Pattern.compile(
      "\\\\delta\\s*_\\s*\\{\\s*([a-z])\\s*,?\\s*([a-z])\\s*\\}(?!\\s*\\^)");

  private KroneckerDeltas() {}

  /** {@code latex} with each δ of two of the {@code free} letters written as an indicator. */
  static String asIndicators(DocumentRun run, String written, Set<String> free) {
    String latex = run.identityEntries ? IdentityMatrixEntries.asDeltas(written) : written;
    if (!latex.contains("\\delta") || run.ctx.definitions().stream()
        .anyMatch(d -> d.name().startsWith("delta")) || run.indexed.defines("\\delta_j")) {
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
