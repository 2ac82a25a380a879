package gradlab.check;

/**
 * Greek letters that name a function when applied: {@code \zeta(x)} is the softplus
 * log(1 + eˣ), as Goodfellow et al. write it (3.10, 6.2.2.2), the way σ(x) is the sigmoid. A ζ
 * the text defines as a quantity ({@code \zeta = …}) stays a quantity, and ζ with a subscript
 * or nothing in brackets after it is a name.
 */
final class GreekFunctions {
  private GreekFunctions() {}

  /**
   * The function applied, when the cursor (just past {@code \cmd}) is at its bracket, else null
   * (nothing is consumed then).
   */
  static String[] applied(LatexReader r, String cmd) {
    if (!cmd.equals("zeta") || r.reading().variables().contains("zetav")) {
      return null;
    }
    LatexCursor c = r.cursor();
    int save = c.position();
    c.skipSpacing();
    boolean bracket = c.peek() == '(';
    c.reset(save);
    return bracket ? LatexReader.operand(LatexCommands.applyFunction(r, "softplus")) : null;
  }
}
