package gradlab.check;

import java.util.regex.Pattern;

/**
 * Primes typed as LaTeX commands, {@code f^{\prime}(x)}, {@code \sigma^\prime(z)},
 * {@code f^{\prime\prime}(0)}, written as the apostrophes the reader knows ({@code f'(x)},
 * {@code f''(0)}). Students copy this form from typeset notes; every such step was "not checked:
 * cannot read: \prime", so a wrong second derivative typed this way was never found (user42).
 * Only a superscript of primes alone right after a letter (a name or a command such as
 * {@code \sigma}) is rewritten: {@code x^{\prime 2}} or a prime after a bracket is left as typed.
 */
final class PrimeCommands {
  private static final Pattern PRIMES = Pattern.compile(
      "(?<=[A-Za-z])\\s*\\^\\s*(?:\\{((?:\\s*\\\\prime(?![A-Za-z]))+)\\s*\\}|\\\\prime(?![A-Za-z]))");

  private PrimeCommands() {}

  /** {@code latex} with each superscript of primes after a letter as that many apostrophes. */
  static String asApostrophes(String latex) {
    if (!latex.contains("\\prime")) {
      return latex;
    }
    return PRIMES.matcher(latex).replaceAll(m -> "'".repeat(m.group(1) == null ? 1
        : m.group(1).split("\\\\prime", -1).length - 1));
  }
}
