package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A row of a display that starts with an operator and has no relation of its own continues the
 * row before it: multline's {@code … = 2x e^{x} \\ + x^2 e^{x}} and align's
 * {@code &\quad + \cos x}. Read as rows of their own, the first row alone was refuted (a true
 * step; found by a lecturer tester).
 */
final class ContinuedRows {
  private static final Pattern LEADING_SPACE = Pattern.compile(
      "^(?:\\s|&|\\\\(?:qquad|quad|;|,|:|!|hspace\\{[^}]*\\}|phantom\\{[^}]*\\})(?![A-Za-z]))*");
  private static final Pattern OPERATOR = Pattern.compile("^(?:[+\\-−]|\\\\(?:cdot|times)"
      + "(?![A-Za-z]))[\\s\\S]*");

  private ContinuedRows() {}

  static String[] join(String[] rows) {
    List<String> out = new ArrayList<>();
    for (String row : rows) {
      String rest = LEADING_SPACE.matcher(row).replaceFirst("");
      if (!out.isEmpty() && OPERATOR.matcher(rest).matches()
          && ChainSplitter.split(rest).relations().isEmpty()
          && !ChainSplitter.split(out.getLast()).relations().isEmpty()) {
        out.set(out.size() - 1, out.getLast().replaceAll("\\s+$", "") + " " + rest);
      } else {
        out.add(row);
      }
    }
    return out.toArray(String[]::new);
  }

  /**
   * Sets the left side that a next row opening with a relation continues, for column pair
   * {@code k}: "\mathbf{w} &\leftarrow … \\ &= (1 - \eta\lambda)\mathbf{w} - …" compares the
   * assigned value with the next row (it was "a side of the relation is empty", a lecturer's
   * weight-decay step). Modifies both lists.
   */
  static void setInPlace(java.util.List<String> continuation, java.util.List<String> heads,
      int k, String left) {
    while (continuation.size() <= k) {
      continuation.add("");
      heads.add(null);
    }
    continuation.set(k, left);
    heads.set(k, null);
  }
}
