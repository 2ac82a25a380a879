package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A catalogue function typed before a bare argument, as LaTeX writes {@code \tanh z}: "tanh z",
 * "tanh²z", "tanh^2 z", "ln a", "log p1" are tanh(z), tanh(z)², ln(a), log(p1). Read as the
 * name tanh times z, the true step {@code (1 + tanh z)(1 − tanh z) = 1 − tanh²z} was ✗, since
 * tanh z and tanh²z became tanh·z and tanh²·z (found by a TA marking student submissions). A
 * function word still standing without its argument in brackets is never a variable: the step
 * is not checked ({@link #bareUse}).
 */
final class BareFunctionArguments {
  static final String FUNCTIONS = "tanh|sinh|cosh|arctan|sin|cos|tan|exp|log|ln|sqrt";
  /** The function, a power (², ^2), then one name (z, p1, p_k, θ, z₁) or a plain number. */
  private static final Pattern BARE = Pattern.compile("(?<![\\p{L}\\p{N}_\\\\])(" + FUNCTIONS
      + ")(\\s*\\^\\s*\\d|[²³])?(?:\\s+|(?<=[²³\\d]))(\\p{L}(?:_?\\d+|_[A-Za-z0-9]+|[₀-₉]+)?"
      + "|\\d+(?:\\.\\d+)?)(?![\\p{L}\\p{N}_(′'₀-₉]|\\.\\d)");
  /** A function word not followed by a bracket, a prime or a power. */
  private static final Pattern UNREAD = Pattern.compile("(?<![\\p{L}\\p{N}_\\\\])(" + FUNCTIONS
      + ")(?![\\p{L}\\p{N}_]|\\s*[(′'^²³])");

  private BareFunctionArguments() {}

  /** {@code line} with each function's bare argument in brackets; unchanged where there is none. */
  static String bracketed(String line) {
    Matcher m = BARE.matcher(line);
    if (!m.find()) {
      return line;
    }
    return m.reset().replaceAll(r -> Matcher.quoteReplacement(r.group(1) + "(" + r.group(3)
        + ")" + (r.group(2) == null ? "" : r.group(2).replaceAll("\\s", ""))));
  }

  /** The first function word that still stands without its argument in brackets, or null. */
  static String bareUse(String line) {
    Matcher m = UNREAD.matcher(line);
    return m.find() ? m.group(1) : null;
  }

  /** Why a step with {@code name} standing alone is not checked. */
  static String reason(String name) {
    return name + " is written without its argument in brackets here, which is not read (write "
        + name + "(z) or " + name + "(2z))";
  }
}
