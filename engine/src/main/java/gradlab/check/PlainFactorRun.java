package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain factors that follow a function's first unbracketed factor and belong to its
 * argument as TeX texts write it: {@code \log 2\pi\sigma^2} is log(2πσ²), {@code \cos m\theta
 * \cos n\theta} is cos(mθ)·cos(nθ). A run counts only where it ends the term or stands before a
 * relation, another function, an explicit product or a comma; before a bracket, a fraction or
 * anything else the first factor stays the argument, with no second reading. Before, the run
 * counted only where it ended the term, so {@code \cos m\theta \cos n\theta} was read as
 * cos(m)·θ·cos(n)·θ alone and RoFormer's true angle-difference identity was ✗ (held25).
 */
final class PlainFactorRun {
  /**
   * Plain factors: numbers, letters, Greek letters (a σ with a subscript or power is a
   * quantity), each with sub- and superscripts; no function, fraction or bracket.
   */
  private static final Pattern FACTORS = Pattern.compile(
      "(?:\\s*(?:\\d+(?:\\.\\d+)?|[A-Za-z]|\\\\(?:pi|alpha|beta|gamma|delta|epsilon|varepsilon"
      + "|eta|theta|lambda|mu|nu|rho|tau|phi|omega|sigma(?=\\s*[_^]))(?![A-Za-z]))"
      + "(?:\\s*_\\s*(?:\\{[^{}]*\\}|\\w))?(?:\\s*\\^\\s*(?:\\{[^{}]*\\}|\\w))?)+");
  /** What may follow a run: the end, a relation, another function, a product sign, a comma. */
  private static final Pattern AFTER = Pattern.compile("\\s*(?:$|[=<>,]|\\\\(?:approx|leq?|geq?"
      + "|neq?|equiv|sim|to|cdot|times|sin|cos|tan|sec|csc|cot|sinh|cosh|tanh|exp|log|ln"
      + "|arcsin|arccos|arctan|quad|qquad|tag|[,;:!])(?![A-Za-z]))");

  private PlainFactorRun() {}

  /**
   * The length of the run of plain factors at the start of {@code rest} (the term after the
   * function's first factor), or 0 where there is none or it does not end as a run may.
   */
  static int length(String rest) {
    Matcher m = FACTORS.matcher(rest);
    if (!m.lookingAt() || rest.substring(0, m.end()).isBlank()) {
      return 0;
    }
    return AFTER.matcher(rest).region(m.end(), rest.length()).lookingAt() ? m.end() : 0;
  }
}
