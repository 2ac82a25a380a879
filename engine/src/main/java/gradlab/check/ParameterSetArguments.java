package gradlab.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prince's model notation (Understanding Deep Learning): the parameters gathered in a set,
 * {@code \phi = \{\beta_0, \omega_0, …\}}, and a model written with square brackets and that set
 * as its last argument, {@code f[x, \phi] = \beta_3 + …}, used as {@code f[x_i, \phi]}. The set
 * was an unread definition, so every step through ℓᵢ = (f[xᵢ, φ] − yᵢ)² was "not checked", and
 * f[xᵢ, φ] was no function applied. Where a text both gathers names in such a set and heads a
 * definition {@code f[…] = …} with it among other arguments, each {@code f[…]} is written
 * {@code f(…)} without the set: the set names the parameters the body already writes, no
 * variable of f. Other square brackets (E[x], Q_n + \frac{1}{n}[R_n − Q_n], y[n] of a signal)
 * are left as they are. Stateless.
 */
final class ParameterSetArguments {
  private static final String NAME = "\\\\?[A-Za-z]+(?:_\\{?[A-Za-z0-9]+\\}?)?";
  /** {@code \phi = \{\beta_0, \omega_0\}}: a set of two or more names. */
  private static final Pattern SET = Pattern.compile("(\\\\[A-Za-z]+|(?<![\\\\A-Za-z])[A-Za-z])"
      + "\\s*=\\s*\\\\\\{\\s*" + NAME + "(?:\\s*,\\s*" + NAME + ")+\\s*\\\\\\}");
  /** {@code f[x, \phi]}: a lower-case letter, not a command's end, with square brackets. */
  private static final Pattern CALL = Pattern.compile("(?<![\\\\A-Za-z])([a-z])\\[([^\\[\\]$]*)\\]");

  private static final Pattern EQUALS = Pattern.compile("\\s*=");

  private ParameterSetArguments() {}

  static String rewrite(String text) {
    Set<String> sets = new HashSet<>();
    Matcher s = SET.matcher(text);
    while (s.find()) {
      sets.add(s.group(1));
    }
    if (sets.isEmpty()) {
      return text;
    }
    Set<String> heads = new HashSet<>();
    Matcher h = CALL.matcher(text);
    while (h.find()) {
      List<String> args = args(h.group(2));
      if (EQUALS.matcher(text).region(h.end(), text.length()).lookingAt() && args.size() >= 2
          && args.stream().anyMatch(sets::contains)
          && args.stream().anyMatch(a -> !sets.contains(a))) {
        heads.add(h.group(1));
      }
    }
    if (heads.isEmpty()) {
      return text;
    }
    Matcher c = CALL.matcher(text);
    StringBuilder out = new StringBuilder();
    while (c.find()) {
      List<String> args = args(c.group(2));
      List<String> kept = new ArrayList<>(args);
      kept.removeIf(sets::contains);
      String replacement = heads.contains(c.group(1)) && kept.size() < args.size()
          && !kept.isEmpty() ? c.group(1) + "(" + String.join(", ", kept) + ")" : c.group();
      c.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    c.appendTail(out);
    return out.toString();
  }

  private static List<String> args(String inside) {
    List<String> out = new ArrayList<>();
    for (String a : inside.split(",", -1)) {
      out.add(a.strip());
    }
    return out;
  }
}
