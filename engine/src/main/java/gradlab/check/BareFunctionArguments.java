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
  /**
   * The function, a power, then its argument in brackets: "tanh²(a)", "sin^2(x)" are tanh(a)²
   * and sin(x)², as sin²x is. Read as the name tanh squared times (a), the true
   * {@code tanh'(a) = 1 − tanh²(a)} of a GRU's phone notes was ✗ (tanh a function on the left,
   * a name on the right).
   */
  private static final Pattern POWERED = Pattern.compile("(?<![\\p{L}\\p{N}_\\\\])("
      + FUNCTIONS + ")(?:\\s*\\^\\s*(\\d)|([²³]))\\s*\\(");
  /**
   * σ²(z), sigma^2(z): σ(z)² only where σ(…) or σ′(…) is applied on the same line; alone σ² is
   * a variance (a name), so there it is left as written (a lecturer's sigmoid notes, user28).
   */
  private static final Pattern POWERED_SIGMA = Pattern.compile("(?<![\\p{L}\\p{N}_\\\\])"
      + "(sigmav?|σ)(?:\\s*\\^\\s*(\\d)|([²³]))\\s*\\(");
  private static final Pattern SIGMA_APPLIED = Pattern.compile(
      "(?<![\\p{L}\\p{N}_\\\\])(?:sigma|σ)\\s*(?:['′’]\\s*)?\\(");
  /** A function word not followed by a bracket, a prime or a power. */
  private static final Pattern UNREAD = Pattern.compile("(?<![\\p{L}\\p{N}_\\\\])(" + FUNCTIONS
      + ")(?![\\p{L}\\p{N}_]|\\s*[(′'^²³])");

  private BareFunctionArguments() {}

  /** {@code line} with each function's bare argument in brackets; unchanged where there is none. */
  static String bracketed(String typed) {
    String line = powersOutside(typed);
    Matcher m = BARE.matcher(line);
    if (!m.find()) {
      return line;
    }
    return m.reset().replaceAll(r -> Matcher.quoteReplacement(r.group(1) + "(" + r.group(3)
        + ")" + (r.group(2) == null ? "" : r.group(2).replaceAll("\\s", ""))));
  }

  /** {@code line} with each f²(…) or f^2(…) of a catalogue function as f(…)^2. */
  static String powersOutside(String line) {
    String s = powered(line, POWERED);
    return SIGMA_APPLIED.matcher(s).find() ? powered(s, POWERED_SIGMA) : s;
  }

  private static String powered(String line, Pattern powered) {
    String s = line;
    Matcher m = powered.matcher(s);
    while (m.find()) {
      int open = m.end() - 1;
      int close = TopLevel.closing(s, open);
      if (close < 0) {
        return s;
      }
      String power = m.group(2) != null ? m.group(2) : m.group(3).equals("²") ? "2" : "3";
      String f = m.group(1).equals("sigmav") ? "sigma" : m.group(1); // σ renamed from σ²
      s = s.substring(0, m.start()) + f + s.substring(open, close + 1) + "^" + power
          + s.substring(close + 1);
      m = powered.matcher(s);
    }
    return s;
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
