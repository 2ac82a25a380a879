package gradlab.check;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Leibniz's quotient form of a written expression in plain text, {@code d tanh(x)/dx} or
 * {@code d(x^2 + 3x)/dx}, as {@code diff(…, x)}. Only a name was read after d (dL/dw), so the
 * derivative of a call or a bracket was the product d·tanh(x)/dx: "not checked: d, dx are not
 * defined" (found by a student). Read only where the variable occurs in the expression and the
 * text does not define d (then it stays the product it may be). Stateless.
 */
final class PlainCallDerivatives {
  private PlainCallDerivatives() {}

  /** The start: a lone d, then a bracket or a function's name and its bracket. */
  private static final Pattern START = Pattern.compile(
      "(?<![A-Za-z0-9_])d\\s*(\\p{L}[\\p{L}0-9_]*\\s*)?\\(");
  /** After the closing bracket: / d and the variable, not followed by more of a name. */
  private static final Pattern BELOW = Pattern.compile(
      "\\s*/\\s*d([A-Za-z](?:_?\\d+|_[A-Za-z0-9]+)?)(?![A-Za-z0-9_(])");

  /** {@code part} with each d f(…)/dx and d(…)/dx written as diff(…, x). */
  static String read(String part, Predicate<String> defined) {
    if (defined.test("d")) {
      return part;
    }
    StringBuilder out = new StringBuilder();
    int from = 0;
    Matcher m = START.matcher(part);
    while (m.find(from)) {
      int open = m.end() - 1;
      int close = TopLevel.closing(part, open);
      if (close < 0) {
        break;
      }
      Matcher below = BELOW.matcher(part).region(close + 1, part.length());
      String inner = part.substring(open + 1, close);
      String body = m.group(1) == null ? inner.strip() // d(x^2)/dx: x^2, not (x^2)
          : part.substring(m.start() + 1, close + 1).strip();
      boolean oneName = m.group(1) == null && inner.strip().matches("\\p{L}[\\p{L}0-9_]*");
      if (below.lookingAt() && !oneName && Pattern.compile("(?<![A-Za-z_])" // 2x
          + Pattern.quote(below.group(1)) + "(?![A-Za-z0-9_])").matcher(inner).find()) {
        out.append(part, from, m.start()).append("diff(").append(body).append(", ")
            .append(below.group(1)).append(")");
        from = below.end();
      } else {
        out.append(part, from, m.start() + 1);
        from = m.start() + 1;
      }
    }
    return out.append(part.substring(from)).toString();
  }
}
