package gradlab.check;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a text applies σ to, so that a bare σ in a derivative ({@code \frac{\partial
 * \sigma}{\partial b}}) is read as σ at the argument the text means. Nielsen writes {@code a =
 * \sigma(z)} with {@code z = \sum_j w_j x_j + b}, then {@code \frac{\partial \sigma}{\partial
 * w_j}}: σ there is σ(z), never σ(w_j). Read as σ of the variable of differentiation, the true
 * {@code \frac{\partial a}{\partial b} = \frac{\partial \sigma}{\partial b} = \sigma'(z)} was ✗
 * (σ′(b) ≠ σ′(z)). The arguments are marks in a reading's functions ({@link #APPLIED} + the
 * argument as written, spaces and braces dropped; {@link #ONLY} + the one argument where the
 * text applies σ to one name it defines and to nothing else). Stateless.
 */
final class SigmaArguments {
  /** Mark prefix: σ is applied to this argument somewhere in the text. */
  static final String APPLIED = "σ(·)@";
  /** Mark prefix: σ is applied only to this name, which the text defines. */
  static final String ONLY = "σ(·)→";
  /** σ, σ′ or σ^\prime, then an opening bracket. */
  private static final Pattern CALL = Pattern.compile(
      "\\\\sigma(?![A-Za-z])\\s*(?:'|\\^\\s*\\{?\\s*\\\\prime\\s*\\}?)?\\s*(?:\\\\left|\\\\big"
      + "|\\\\Big)?\\s*\\(");
  private static final Pattern NAME = Pattern.compile("[A-Za-z](?:_[A-Za-z0-9])?");

  private SigmaArguments() {}

  /** The marks for {@code text}: one per argument σ is applied to, and the only one if so. */
  static Set<String> marks(String text) {
    Set<String> args = new LinkedHashSet<>();
    Matcher m = CALL.matcher(text);
    while (m.find()) {
      int close = TopLevel.closing(text, m.end() - 1);
      if (close < 0) {
        continue;
      }
      String arg = plain(text.substring(m.end(), close).replaceAll("\\\\right\\s*$", ""));
      if (!arg.isEmpty() && !arg.equals("\\cdot")) {
        args.add(arg);
      }
    }
    Set<String> marks = new LinkedHashSet<>();
    args.forEach(a -> marks.add(APPLIED + a));
    if (args.size() == 1) {
      String a = args.iterator().next();
      String head = a.length() == 1 ? Pattern.quote(a) : Pattern.quote(a.substring(0, 2))
          + "\\{?" + Pattern.quote(a.substring(2)) + "\\}?";
      if (NAME.matcher(a).matches() && Pattern.compile("(?<![A-Za-z\\\\])" + head
          + "\\s*=").matcher(text).find()) { // z = w x + b: a name the text defines
        marks.add(ONLY + a);
      }
    }
    return marks;
  }

  /**
   * The argument of a bare σ differentiated by {@code variable}: the variable itself where the
   * text applies σ to it or to nothing, the one name the text applies σ to otherwise, or null
   * where the text applies σ to other arguments (which one is meant is not written).
   */
  static String argument(Set<String> functions, String variable) {
    String v = plain(variable);
    String only = null;
    boolean any = false;
    for (String f : functions) {
      any |= f.startsWith(APPLIED);
      if (f.equals(APPLIED + v)) {
        return variable;
      }
      if (f.startsWith(ONLY)) {
        only = f.substring(ONLY.length());
      }
    }
    return !any ? variable : only;
  }

  private static String plain(String latex) {
    return latex.replaceAll("[\\s{}]", "");
  }
}
