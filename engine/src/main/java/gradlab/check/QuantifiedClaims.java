package gradlab.check;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A quantified claim in one display, Goodfellow's {@code \forall x \in (0, 1), \;
 * \sigma^{-1}(x) = \log(\frac{x}{1 - x})}: the condition before the first top-level comma is a
 * hypothesis, the relation after it a claim — never the whole display taken as an assumption.
 * {@code x \in (a, b)} (or {@code [a, b]}) is the range {@code a < x < b}, so that the claim is
 * sampled where the text says it holds.
 */
final class QuantifiedClaims {
  private static final Pattern MEMBERSHIP = Pattern.compile(
      "\\s*([A-Za-z](?:_\\{?[A-Za-z0-9]+\\}?)?)\\s*\\\\in\\s*[(\\[]\\s*([^,()\\[\\]]+?)\\s*,"
          + "\\s*([^,()\\[\\]]+?)\\s*[)\\]]\\s*");
  private static final Pattern RELATION = Pattern.compile("=|<|>|\\\\(le|ge|leq|geq|approx)"
      + "(?![A-Za-z])");

  /** A condition that states a range: ∈, <, >, ≤, ≥. */
  private static final Pattern RANGE = Pattern.compile("<|>|\\\\(in|le|ge|leq|geq|lt|gt)"
      + "(?![A-Za-z])");

  private QuantifiedClaims() {}

  /**
   * {hypothesis, claim} of a condition followed by a comma and a relation, or null (then the
   * whole condition is the hypothesis). The hypothesis is {@code a < x < b} for
   * {@code x \in (a, b)}.
   */
  static String[] split(String condition) {
    List<String> parts = TopLevel.split(condition, ',');
    if (parts.size() < 2) {
      return null;
    }
    String claim = String.join(",", parts.subList(1, parts.size()))
        .replaceFirst("^(\\s|\\\\[,;:! ]|\\\\q?quad)*", "").strip();
    // a bare "\forall i," names no range: Glorot's "we would like ∀i, n_i Var[W^i] = 1" is a
    // wish, not a claim; the whole stays a hypothesis
    if (claim.isEmpty() || !RELATION.matcher(claim).find()
        || !RANGE.matcher(parts.get(0)).find()) {
      return null;
    }
    return new String[] {range(parts.get(0)), claim};
  }

  /** {@code x \in (a, b)} as {@code a < x < b}; anything else as it is. */
  static String range(String hypothesis) {
    var m = MEMBERSHIP.matcher(hypothesis);
    return m.matches() ? m.group(2) + " < " + m.group(1) + " < " + m.group(3) : hypothesis.strip();
  }
}
