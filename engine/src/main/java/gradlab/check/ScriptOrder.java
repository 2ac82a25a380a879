package gradlab.check;

import java.util.regex.Pattern;

/**
 * A numeric power written before the subscript: d2l's {@code \mathbf{E}[W^2_{ij} x^2_j]}. In LaTeX
 * the order of ^ and _ after a base does not matter, so {@code W^2_{ij}} is {@code W_{ij}^2}, the
 * square of the entry W_ij, and is rewritten so; so is Bishop's {@code \sigma^2_{\mathrm{ML}}} (a
 * Greek base, a braced subscript: "cannot read: unexpected '_'" on PRML 1.2.4's (1.59)), and
 * Prince's unbraced {@code \sigma^2_\Omega} (UDL 7.5). Only a one-letter or Greek base and a number
 * as the superscript: {@code w^l_{jk}} (Nielsen's layer index) is left to the reader's readings of
 * a superscript. A star before the subscript, GAN's {@code D^*_G}, is {@code D_G^*} (a decoration,
 * never a power). Under the power reading ({@link LatexReading#superscriptAsPower}) a label before
 * the subscript, Bishop's {@code a^{\pi}_k} or {@code a^{L-2}_p}, is {@code a_k^{\pi}}: the power
 * of a_k ({@link LatexScripts} reads it as a name a^π_k by default and names the ambiguity); a
 * layer index {@code a^L_j} keeps the reading it had. Stateless.
 */
final class ScriptOrder {
  private static final Pattern POWER_THEN_INDEX = Pattern.compile(
      "(?<![A-Za-z\\\\])([A-Za-z]|\\\\(?:alpha|beta|gamma|delta|epsilon|varepsilon|eta|theta|"
      + "lambda|mu|nu|xi|pi|rho|sigma|tau|phi|varphi|chi|psi|omega)(?![A-Za-z]))\\s*\\^\\s*"
      + "(\\{\\s*\\d+\\s*\\}|\\d)\\s*_\\s*(\\{(?:[^{}]|\\{[^{}]*\\})*\\}|[A-Za-z0-9]"
      + "|\\\\[A-Za-z]+(?![A-Za-z])(?!\\s*\\{))"); // _\Omega, not _\text{ML}

  private static final String SUBSCRIPT =
      "(\\{(?:[^{}]|\\{[^{}]*\\})*\\}|[A-Za-z0-9]|\\\\[A-Za-z]+)";
  private static final String BASE = "(?<![A-Za-z\\\\])([A-Za-z]|\\\\[A-Za-z]+)\\s*\\^\\s*";
  private static final Pattern STAR_THEN_INDEX = Pattern.compile(
      BASE + "(\\*|\\{\\s*\\*\\s*\\})\\s*_\\s*" + SUBSCRIPT);
  /** A label as the superscript: a Greek letter, letters, or a shifted index (L-2). */
  private static final Pattern LABEL_THEN_INDEX = Pattern.compile(
      BASE + "(\\\\[A-Za-z]+|[A-Za-z]|\\{\\s*(?:\\\\[A-Za-z]+|[A-Za-z]+|[A-Za-z]\\s*[+-]\\s*\\d)"
      + "\\s*\\})"
      + "\\s*_\\s*" + SUBSCRIPT);

  private ScriptOrder() {}

  /** {@code latex} with its scripts in the order the reader reads them, under {@code reading}. */
  static String ordered(String latex, LatexReading reading) {
    return forReading(starFirst(subscriptFirst(latex)), reading);
  }

  /** {@code latex} with {@code D^*_G} written {@code D_G^*}. */
  static String starFirst(String latex) {
    return latex.indexOf('*') < 0 ? latex : STAR_THEN_INDEX.matcher(latex).replaceAll("$1_$3^*");
  }

  /**
   * Under the power reading, {@code latex} with a label before the subscript written after it
   * ({@code a^{\pi}_k} → {@code a_k^{\pi}}); a layer index, a transpose, a font word stay.
   */
  static String forReading(String latex, LatexReading reading) {
    if (!reading.superscriptAsPower() || latex.indexOf('^') < 0) {
      return latex;
    }
    return LABEL_THEN_INDEX.matcher(latex).replaceAll(m -> {
      String sup = m.group(2).replaceAll("[{}\\s]", "");
      boolean keep = LatexNames.layerIndex(sup) != null || sup.equals("T")
          || sup.matches("\\\\(?:top|intercal|text|mathrm|rm|prime|ast|star|dagger)")
          || isFunction(m.group(1));
      return java.util.regex.Matcher.quoteReplacement(keep ? m.group()
          : m.group(1) + "_" + m.group(3) + "^" + m.group(2));
    });
  }

  /** A base that is a command other than a Greek letter (\\sum, \\mathbf): left alone. */
  private static boolean isFunction(String base) {
    return base.startsWith("\\") && !LatexNames.GREEK.contains(base.substring(1));
  }

  /** {@code latex} with every {@code X^k_i} written {@code X_i^k}. */
  static String subscriptFirst(String latex) {
    return latex.indexOf('^') < 0 ? latex
        : POWER_THEN_INDEX.matcher(latex).replaceAll("$1_$3^$2");
  }
}
