package gradlab.check;

import java.util.regex.Pattern;

/**
 * How far the operator form {@code \frac{d}{dx}} reaches: over the whole product that follows
 * ({@code \frac{d}{dx} x^2 \sin x} is d/dx (x² sin x), as the math language's {@code d/dx f}
 * reads it), never over its first factor only. Followed by a sum ({@code \frac{d}{dx} x^2 + 3x})
 * its reach is a convention: the product that follows, or the whole sum up to the closing
 * bracket. The reader names that ambiguity and reads it as {@link LatexReading#operatorOverSum}
 * says, so that a step is refuted only when both readings fail. One bracketed group
 * ({@code \frac{d}{dx}\left[x^2\right] + 1}) is what the operator takes, without ambiguity,
 * and so is the next product where the sum writes an operator again ({@code 3 \frac{d}{dx} x^2 -
 * 4\frac{d}{dx}x}, d2l; {@code 9 (\frac{d}{dx}x + \frac{d}{dx}x^2)}, Parr and Howard): each
 * term then takes its own, and the step is decided, not "not checked: ambiguous".
 */
final class OperatorReach {
  /** An operator fraction, {@code \frac{d}{dx}}, {@code \dfrac{\partial}{\partial w}}. */
  private static final Pattern OPERATOR = Pattern.compile("\\\\[dt]?frac\\s*\\{\\s*(?:d|"
      + "\\\\partial|\\\\mathrm\\s*\\{\\s*d\\s*\\}|\\\\operatorname\\s*\\{\\s*d\\s*\\})\\s*\\}");

  private OperatorReach() {}

  /** {@code dd(…, var)} for the operator at the cursor (just after the fraction). */
  static String derivative(LatexReader r, String var) {
    LatexCursor c = r.cursor();
    c.skipSpacing();
    int start = c.position();
    String product = take(c, false);
    if (product.isBlank()) {
      throw new UnsupportedLatexException("d/d" + var + " without an expression after it");
    }
    int group = OperatorBracketReach.leadingGroupBeforeMore(product);
    if (group > 0) {
      // \frac{d}{dx}(x^2) e^{-x}: the bracket or the whole product (OperatorBracketReach)
      r.ambiguity("d/d" + var + " before a bracket and more factors as the derivative of the "
          + "bracket or of the whole product");
      if (!r.reading().operatorOverSum()) {
        c.reset(start + group);
        return "dd(" + r.readNested(product.substring(0, group)) + ", " + var + ")";
      }
    }
    String body = product;
    if ((c.peek() == '+' || c.peek() == '-') && !oneBracket(product)
        && !OPERATOR.matcher(c.rest().substring(0, extent(c.rest(), true))).find()) {
      // 3 \frac{d}{dx} x^2 - 4 \frac{d}{dx} x: the operator written again in the sum says each
      // term takes its own; a reach over another operator of the sum is a reading nobody means
      r.ambiguity("d/d" + var + " before a sum as the derivative of the next product or of "
          + "the whole sum");
      if (r.reading().operatorOverSum()) {
        body = product + take(c, true);
      }
    }
    return "dd(" + r.readNested(body) + ", " + var + ")";
  }

  /**
   * Whether {@code raw} is one bracketed group, {@code (…)}, {@code \left[…\right]}: then
   * the author has said what the operator takes, also before a sum.
   */
  static boolean oneBracket(String raw) {
    String s = raw.replaceAll("\\\\(left|right|big|Big|bigg|Bigg)(?![A-Za-z])", "")
        .replaceAll("\\\\[,;:! ]", "").strip();
    if (s.isEmpty() || "([{".indexOf(s.charAt(0)) < 0) {
      return false;
    }
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      depth += "([{".indexOf(ch) >= 0 ? 1 : ")]}".indexOf(ch) >= 0 ? -1 : 0;
      if (depth == 0) {
        return i == s.length() - 1;
      }
    }
    return false;
  }

  /**
   * The raw text from the cursor, which is then passed, up to a closing bracket of this level,
   * {@code \right}, a comma (the next item of a list) or the end, and unless {@code sum}, also
   * up to a + or − at this level.
   */
  private static String take(LatexCursor c, boolean sum) {
    String rest = c.rest();
    int i = extent(rest, sum);
    c.advance(i);
    return rest.substring(0, i);
  }

  /** Where {@link #take} stops in {@code rest}. */
  private static int extent(String rest, boolean sum) {
    int depth = 0;
    int i = 0;
    for (; i < rest.length(); i++) {
      char ch = rest.charAt(i);
      if (ch == '\\' && depth == 0 && rest.startsWith("\\right", i)) {
        break;
      }
      if (ch == '\\' && rest.startsWith("\\{", i)) { // an escaped brace is a bracket (held21:
        depth++; // \frac{d}{d\mu} \ln \left\{ … \right\} stopped at \right, unbalanced)
        i++;
        continue;
      }
      if (ch == '\\' && rest.startsWith("\\}", i)) {
        if (depth == 0) {
          break;
        }
        depth--;
        i++;
        continue;
      }
      if (ch == '\\') {
        i++; // \, and other escaped characters
        continue;
      }
      if (ch == '{' || ch == '(' || ch == '[') {
        depth++;
      } else if (ch == '}' || ch == ')' || ch == ']') {
        if (depth == 0) {
          break;
        }
        depth--;
      } else if (depth == 0 && (ch == ',' || (!sum && i > 0 && (ch == '+' || ch == '-')))) {
        break;
      }
    }
    return i;
  }
}
