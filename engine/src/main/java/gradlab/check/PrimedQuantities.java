package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code f'(x)} in plain text where the text defined f as a quantity, {@code f = 3*x^2}, not as a
 * function: read as the derivative of f by x through its definition (df/dx). Read as the
 * derivative of an undefined function it was 0, and the true f'(x) = 6x was ✗ (found by a
 * student). A prime that cannot be read so (f'(2), f''(x)) leaves the step not checked.
 */
final class PrimedQuantities {
  static final String UNREAD = "a prime of a name the text defines as a quantity (f = …), not "
      + "as a function f(x) = …: write the derivative as df/dx";
  private static final Pattern PRIMED = Pattern.compile(
      "(?<![\\p{L}0-9_])([\\p{L}][\\p{L}0-9_]*)('+|′+)\\s*\\(([^()]*)\\)");
  private static final Pattern NAME = Pattern.compile("\\s*[\\p{L}][\\p{L}0-9_]*\\s*");

  private PrimedQuantities() {}

  /** {@code text} with f'(x) of a quantity f as pd(f, x); null where such a prime is unread. */
  static String rewrite(DocumentRun run, String text) {
    Matcher m = PRIMED.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String f = PlainNames.asEngineNames(m.group(1));
      if (!run.ctx.defines(f) || run.functions.contains(f)) {
        m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
        continue;
      }
      if (m.group(2).length() != 1 || !NAME.matcher(m.group(3)).matches()) {
        return null;
      }
      m.appendReplacement(out, Matcher.quoteReplacement("pd(" + m.group(1) + ", "
          + m.group(3).strip() + ")"));
    }
    m.appendTail(out);
    return out.toString();
  }
}
