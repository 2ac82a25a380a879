package gradlab.check;

/**
 * Whether the brackets of a piece of text close inside it, never closing before they open: the
 * one test that the readers of notes, cases, big-O terms and catalogue ranges each wrote alike.
 * Stateless.
 */
final class BracketBalance {
  private BracketBalance() {}

  /** Round, square and curly brackets together: "(a[b]{c})" closes, "a)(b" does not. */
  static boolean allClose(String s) {
    return closes(s, "([{", ")]}");
  }

  /** Round brackets alone, so f(a)(b) is not one call. */
  static boolean roundClose(String s) {
    return closes(s, "(", ")");
  }

  private static boolean closes(String s, String open, String close) {
    int depth = 0;
    for (char c : s.toCharArray()) {
      depth += open.indexOf(c) >= 0 ? 1 : close.indexOf(c) >= 0 ? -1 : 0;
      if (depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }
}
