package gradlab.check;

import java.util.regex.Pattern;

/**
 * A numeric power written before the subscript: d2l's {@code \mathbf{E}[W^2_{ij}
 * x^2_j]}. In LaTeX the order of ^ and _ after a base does not matter, so {@code W^2_{ij}} is
 * {@code W_{ij}^2}, the square of the entry W_ij, and is rewritten so; so is Bishop's
 * {@code \sigma^2_{\mathrm{ML}}} (a Greek base, a braced subscript: "cannot read: unexpected
 * '_'" on PRML 1.2.4's (1.59)). Only a one-letter or Greek base and a number as the
 * superscript: {@code w^l_{jk}} (Nielsen's layer index) is left to the reader's readings of a
 * superscript. Stateless.
 */
final class ScriptOrder {
  private static final Pattern POWER_THEN_INDEX = Pattern.compile(
      "(?<![A-Za-z\\\\])([A-Za-z]|\\\\(?:alpha|beta|gamma|delta|epsilon|varepsilon|eta|theta|"
      + "lambda|mu|nu|xi|pi|rho|sigma|tau|phi|varphi|chi|psi|omega)(?![A-Za-z]))\\s*\\^\\s*"
      + "(\\{\\s*\\d+\\s*\\}|\\d)\\s*_\\s*(\\{(?:[^{}]|\\{[^{}]*\\})*\\}|[A-Za-z0-9])");

  private ScriptOrder() {}

  /** {@code latex} with every {@code X^k_i} written {@code X_i^k}. */
  static String subscriptFirst(String latex) {
    return latex.indexOf('^') < 0 ? latex
        : POWER_THEN_INDEX.matcher(latex).replaceAll("$1_$3^$2");
  }
}
