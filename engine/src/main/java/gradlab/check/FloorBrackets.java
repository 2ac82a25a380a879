package gradlab.check;

/**
 * The floor and ceiling brackets, {@code \lfloor x \rfloor} and {@code \lceil x \rceil} (also
 * with {@code \left} and {@code \right}), read as Floor(x) and Ceiling(x) of the math language.
 * Before, they were "cannot read: \lfloor", so Smith's cyclical learning rate
 * ({@code cycle = \lfloor 1 + iteration / (2 stepsize) \rfloor}) and every worked value of it
 * were not checked (held25); CS231n's output size of a convolution is written the same way.
 */
final class FloorBrackets {
  private FloorBrackets() {}

  /**
   * The bracket whose opening command {@code open} ("lfloor" or "lceil") the cursor has just
   * passed, read up to its matching closing command, which is then passed.
   */
  static String read(LatexReader r, String open) {
    String close = open.equals("lfloor") ? "\\rfloor" : "\\rceil";
    String opening = "\\" + open;
    LatexCursor c = r.cursor();
    String rest = c.rest();
    int depth = 0;
    int at = -1;
    for (int k = 0; k < rest.length(); k++) {
      if (rest.startsWith(opening, k) && !Character.isLetter(charAt(rest, k + opening.length()))) {
        depth++;
      } else if (rest.startsWith(close, k)
          && !Character.isLetter(charAt(rest, k + close.length()))) {
        if (depth == 0) {
          at = k;
          break;
        }
        depth--;
      }
    }
    if (at < 0) {
      throw new UnsupportedLatexException("\\" + open + " without its " + close);
    }
    String inner = rest.substring(0, at).strip();
    if (inner.endsWith("\\right")) {
      inner = inner.substring(0, inner.length() - "\\right".length());
    }
    if (inner.isBlank()) {
      throw new UnsupportedLatexException("an empty \\" + open);
    }
    c.reset(c.position() + at + close.length());
    return (open.equals("lfloor") ? "Floor(" : "Ceiling(") + r.readNested(inner) + ")";
  }

  private static char charAt(String s, int k) {
    return k < s.length() ? s.charAt(k) : ' ';
  }
}
