package gradlab.check;

/**
 * Escaped braces {@code \{ … \}} (also {@code \left\{ … \right\}} and sized ones) as a bracket,
 * Bishop's {@code y_n^{t_n}\{1 - y_n\}^{1 - t_n}}: they were skipped as if they were TeX's
 * invisible grouping, so {@code 2\{x + 1\}} read as 2x + 1 and a true step was ✗. A brace
 * with no closing {@code \}} ({@code \left\{ \begin{array} … \right.}, cases) is still skipped.
 * Stateless.
 */
final class EscapedBraces {
  private EscapedBraces() {}

  /**
   * The bracket whose {@code \{} the cursor has just passed, read as one parenthesised operand
   * with the cursor after its {@code \}}; null, cursor unmoved, when no {@code \}} closes it.
   */
  static String bracket(LatexReader r) {
    LatexCursor c = r.cursor();
    String rest = c.rest();
    int close = closing(rest);
    if (close < 0) {
      return null;
    }
    String inner = rest.substring(0, close);
    c.advance(close + 2);
    if (inner.isBlank()) {
      throw new UnsupportedLatexException("empty braces \\{\\}");
    }
    return "(" + r.readNested(inner) + ")";
  }

  /** Where the {@code \}} that closes a {@code \{} just passed starts in {@code s}; -1 if none. */
  private static int closing(String s) {
    int depth = 0;
    for (int i = 0; i + 1 < s.length(); i++) {
      if (s.charAt(i) != '\\') {
        continue;
      }
      char next = s.charAt(i + 1);
      if (next == '{') {
        depth++;
      } else if (next == '}') {
        if (depth == 0) {
          return i;
        }
        depth--;
      }
      i++; // the character after a backslash is never the start of another command
    }
    return -1;
  }
}
