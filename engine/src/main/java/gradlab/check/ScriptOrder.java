package gradlab.check;

import java.util.regex.Pattern;

/**
 * A numeric power written before the subscript: d2l's {@code \mathbf{E}[W^2_{ij}
 * x^2_j]}. In LaTeX the order of ^ and _ after a base does not matter, so {@code W^2_{ij}} is
 * {@code W_{ij}^2}, the square of the entry W_ij, and is rewritten so. Only a one-letter base
 * and a number as the superscript: {@code w^l_{jk}} (Nielsen's layer index) is left to the
 * reader's readings of a superscript. Stateless.
 */
final class ScriptOrder {
  private static final Pattern POWER_THEN_INDEX = Pattern.compile(
      "(?<![A-Za-z\\\\])([A-Za-z])\\s*\\^\\s*(\\{\\s*\\d+\\s*\\}|\\d)\\s*_\\s*"
      + "(\\{[^{}]*\\}|[A-Za-z0-9])");

  private ScriptOrder() {}

  /** {@code latex} with every {@code X^k_i} written {@code X_i^k}. */
  static String subscriptFirst(String latex) {
    return latex.indexOf('^') < 0 ? latex
        : POWER_THEN_INDEX.matcher(latex).replaceAll("$1_$3^$2");
  }
}
