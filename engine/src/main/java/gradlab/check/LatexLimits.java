package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code \lim_{h \to 0} \frac{f(x+h) - f(x)}{h}}, {@code \lim_{x\to\infty} \sigma(x)}: a limit
 * of the rest of the term (up to a top-level + or −, as Σ's body), at a number or at ±∞, read
 * as {@code lim0(body, h, point)} (a short name, so the engine takes it for an unspecified
 * function until then). The checker takes it after the text's definitions and
 * functions are put in ({@link SideResolver}): by the algebra library, checked back numerically
 * near the point ({@code gradlab.symbolic.MarkedLimits}); a limit it cannot take leaves the step
 * "not checked". One-sided limits ({@code 0^+}) and limits of several variables are refused by
 * name.
 */
final class LatexLimits {
  /** The head of a limit still to be taken. */
  static final String MARKER = "lim0";
  private static final Pattern ARROW = Pattern.compile(
      "^(.+?)\\s*(?:\\\\to|\\\\rightarrow|\\\\longrightarrow|→)(?![A-Za-z])\\s*(.+)$",
      Pattern.DOTALL);

  private LatexLimits() {}

  /** The limit at the cursor (just after {@code \lim}), in engine syntax. */
  static String limit(LatexReader r) {
    LatexCursor c = r.cursor();
    c.skipBlanks();
    if (c.atCommand("limits")) {
      c.advance("\\limits".length());
      c.skipBlanks();
    }
    if (c.atEnd() || c.peek() != '_') {
      throw new UnsupportedLatexException("a limit without its variable and point (\\lim_{h \\to 0})");
    }
    c.advance();
    String under = c.rawGroupOrToken().replace("\\ ", " ").strip();
    Matcher m = ARROW.matcher(under);
    if (!m.matches()) {
      throw new UnsupportedLatexException("a limit without 'variable \\to point' under it");
    }
    String var = m.group(1).strip();
    String point = m.group(2).strip();
    if (point.matches("(?s).*\\^\\s*\\{?\\s*[+-].*") || point.matches("(?s).*[+-]\\s*$")) {
      throw new UnsupportedLatexException("one-sided limits");
    }
    if (var.contains(",")) {
      throw new UnsupportedLatexException("limits in several variables");
    }
    String v = r.readNested(var);
    if (!EngineNames.is(v)) {
      throw new UnsupportedLatexException("a limit whose variable is not a name (" + var + ")");
    }
    String p = r.readNested(point);
    if (!p.matches("\\(?-?\\s*(Infinity|\\d+(\\.\\d+)?)\\)?")) {
      throw new UnsupportedLatexException("limits at a point that is not a number or ±∞");
    }
    c.skipBlanks();
    String body = c.restOfTerm();
    if (body.isBlank()) {
      throw new UnsupportedLatexException("a limit of nothing");
    }
    return MARKER + "(" + r.readNested(body) + ", " + v + ", " + p + ")";
  }
}
