package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A step between two tuples of numbers written with round brackets, Zhang's mixup
 * {@code (0.6 - 0.7, 0.4 - 0.3) = (-0.1, 0.1)} or LAMB's {@code (0.97 + 0.03, -1.04 + 0.04) =
 * (1, -1)}: read as the vectors {@code [a, b]} the reader already decides componentwise. It was
 * "cannot read: pairs (a, b) (a point or a vector?)", so a worked example's vector arithmetic
 * was never checked. Equality of two tuples is equality of their components under every
 * reading of the brackets (a point, a vector, an interval's ends; {@link TupleAssignments} reads
 * {@code (x_1, y_1) = (0, 1)} on the same ground), so the step may be proved or refuted
 * componentwise. Only where each side is one bracketed tuple and nothing else (no factor before
 * it, nothing after it but punctuation, so no inner product with a vector not written out),
 * both have the same number of items, and every item is letter-free: digits, signs, brackets
 * and {@code \frac}, {@code \cdot}, {@code \times}, {@code \sqrt} (no name whose value or
 * meaning could be in doubt). A tuple beside anything else keeps its refusal. Stateless.
 */
final class NumericTuples {
  /** Commands a letter-free item may hold: fractions, products, roots, spacing, sizing. */
  private static final Pattern COMMANDS = Pattern.compile("\\\\(?:[dt]?frac|cdot|times|sqrt"
      + "|left|right|big|Big|bigg|Bigg|[,;:! ])(?![A-Za-z])");

  /** What is left of a letter-free item: digits, a point, signs, operators, brackets. */
  private static final Pattern NUMERIC = Pattern.compile(
      "[-−+*/^()\\[\\]{}0-9.\\s]*[0-9][-−+*/^()\\[\\]{}0-9.\\s]*");

  private NumericTuples() {}

  /**
   * {@code statement} with each term written as a vector where every term of its chain is a
   * whole tuple of numbers with as many items as the others; else {@code statement} unchanged.
   */
  static String inChain(String statement) {
    List<String> terms = ChainSplitter.split(statement).terms();
    if (terms.size() < 2) {
      return statement;
    }
    StringBuilder out = new StringBuilder();
    int from = 0;
    int size = -1;
    for (String t : terms) {
      List<String> items = items(t);
      int at = statement.indexOf(t.strip(), from);
      if (items == null || size >= 0 && items.size() != size || at < 0) {
        return statement;
      }
      size = items.size();
      out.append(statement, from, at).append("[").append(String.join(", ", items)).append("]");
      from = at + t.strip().length();
    }
    return out.append(statement.substring(from)).toString();
  }

  /** The items of a side that is one bracketed tuple of letter-free items, or null. */
  static List<String> items(String side) {
    String s = side.strip().replaceAll("[.,;]$", "").strip()
        .replace("\\left(", "(").replace("\\right)", ")");
    if (!s.startsWith("(") || TopLevel.closing(s, 0) != s.length() - 1) {
      return null;
    }
    List<String> parts = TopLevel.split(s.substring(1, s.length() - 1), ',');
    if (parts.size() < 2) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      String bare = COMMANDS.matcher(p).replaceAll(" ");
      if (p.isBlank() || !NUMERIC.matcher(bare).matches()) {
        return null;
      }
      out.add(p.strip());
    }
    return List.copyOf(out);
  }
}
