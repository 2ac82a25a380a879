package gradlab.check;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code tanh'(x)}, {@code relu'(x)} in plain text: the derivative of a built-in function the
 * text does not define, at a name, read as d/dx tanh(x) (which is read). As the prime of a
 * name it was "tanh is not defined in the text", or sides with no numeric value (found by a
 * student at the console's :check). σ′ is read as it stands.
 */
final class PrimedBuiltIns {
  private static final Pattern PRIMED = Pattern.compile(
      "(?<![\\p{L}0-9_])([A-Za-z]+)(?:'|′|’)\\(\\s*([A-Za-z][A-Za-z0-9_]*)\\s*\\)");
  /** Primed twice, tanh''(x), σ''(x): the second derivative (it was "no numeric value"). */
  private static final Pattern TWICE = Pattern.compile(
      "(?<![\\p{L}0-9_])([A-Za-z]+|σ)(?:''|′′|″|’’)\\(\\s*([A-Za-z][A-Za-z0-9_]*)\\s*\\)");
  private static final Set<String> AS_WRITTEN = Set.of("sigma", "sigmoid");

  private PrimedBuiltIns() {}

  static String rewrite(DocumentRun run, String text) {
    if (text.indexOf('\'') < 0 && text.indexOf('′') < 0 && text.indexOf('’') < 0) {
      return text;
    }
    Matcher twice = TWICE.matcher(text);
    StringBuilder second = new StringBuilder();
    while (twice.find()) {
      String f = twice.group(1).equals("σ") ? "sigma" : twice.group(1);
      boolean builtIn = f.length() > 1 && (gradlab.math.Catalogue.names().contains(f)
          || AS_WRITTEN.contains(f)) && !run.functions.contains(f) && !run.ctx.defines(f);
      String x = twice.group(2);
      twice.appendReplacement(second, Matcher.quoteReplacement(builtIn ? "diff(diff(" + f + "("
          + x + "), " + x + "), " + x + ")" : twice.group()));
    }
    twice.appendTail(second);
    text = second.toString();
    Matcher m = PRIMED.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String f = m.group(1);
      boolean builtIn = f.length() > 1 && gradlab.math.Catalogue.names().contains(f)
          && !AS_WRITTEN.contains(f)
          && !run.functions.contains(f) && !run.ctx.defines(f);
      m.appendReplacement(out, Matcher.quoteReplacement(builtIn ? "diff(" + f + "("
          + m.group(2) + "), " + m.group(2) + ")" : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }
}
