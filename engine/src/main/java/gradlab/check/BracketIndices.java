package gradlab.check;

import java.util.regex.Pattern;

/**
 * A matrix entry typed with brackets as in code, {@code W[1,2]} or {@code x[3]}: read as the
 * subscripted name it means, W_{12} or x_3. It was read as W times the vector [1, 2] ({@link
 * MatrixVectorProducts}), and the report said "the left side depends on [W_entry1, W_entry2]", two
 * names the user never wrote, for a teacher's "$W[1,2] = 0.5$" (user40). Only a one-letter name
 * directly followed by one or two one-digit indices is read so ({@code W [h, x]} with a space,
 * {@code \sqrt[3]{x}}, {@code x \in [1, 2]} and {@code \epsilon \sim U[0, 1]} are left as
 * they are); W[1,2] and W_{12} are then one name, as they are one entry. Stateless.
 */
final class BracketIndices {
  /**
   * A letter not part of a word or a command nor after {@code \sim} or ∼ ("ε ∼ U[0, 1]" is a
   * distribution on an interval), then [d] or [d,d] with no space before it.
   */
  private static final Pattern ENTRY = Pattern.compile(
      "(?<![A-Za-z\\\\])(?<!\\\\sim\\s{0,3})(?<!∼\\s{0,3})([A-Za-z])"
      + "\\[\\s*(\\d)\\s*(?:,\\s*(\\d)\\s*)?\\]");

  private BracketIndices() {}

  /** {@code latex} with each bracketed one-digit entry index written as a subscript. */
  static String asSubscripts(String latex) {
    if (latex.indexOf('[') < 0) {
      return latex;
    }
    return ENTRY.matcher(latex).replaceAll(m -> m.group(1) + "_{" + m.group(2)
        + (m.group(3) == null ? "" : m.group(3)) + "}");
  }
}
