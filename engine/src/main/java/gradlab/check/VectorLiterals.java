package gradlab.check;

import java.util.regex.Pattern;

/**
 * A vector or matrix of numbers typed as in code, {@code x = [1, 2]} or {@code W = [[1, 2], [0,
 * 1]]}: the engine syntax has no such value, and the report showed the parser's error over four
 * lines ("syntax error: Error in factor at character: '[' (Token:12 \u005b)", a caret, and "hint:
 * an operand is missing next to an operator"), which misleads: no operand is missing (found by a
 * new user typing an exam's vectors in plain text). Such a definition is now one line that says
 * what is not read and what follows from it. Stateless.
 */
final class VectorLiterals {
  private static final Pattern LIST = Pattern.compile(
      "\\s*\\[\\s*(?:\\[[^\\[\\]]*\\]|[^\\[\\]]*)(?:\\s*,\\s*(?:\\[[^\\[\\]]*\\]|[^\\[\\],]*))+\\s*"
      + "\\]\\s*");

  private VectorLiterals() {}

  /** The reason a definition as {@code rhs} is not read, or null for another definition. */
  static String reason(String rhs) {
    return LIST.matcher(rhs).matches() ? "cannot read: vectors and matrices of numbers typed in "
        + "brackets, as [1, 2]" : null;
  }
}
