package gradlab.check;

/**
 * Parameters after a semicolon in a function's arguments, CS231n's {@code f(x_i; W) = W x_i}
 * ("f of x_i, with parameters W"): read as one more argument, {@code f(x_i, W)}. Only a
 * semicolon inside a bracket that follows a letter is rewritten; the spacing command
 * {@code \;} is kept. Stateless.
 */
final class ParameterSemicolons {
  private ParameterSemicolons() {}

  /** The LaTeX with each such semicolon written as a comma. */
  static String asCommas(String latex) {
    if (latex.indexOf(';') < 0) {
      return latex;
    }
    StringBuilder b = new StringBuilder(latex);
    java.util.ArrayDeque<Boolean> call = new java.util.ArrayDeque<>();
    for (int i = 0; i < b.length(); i++) {
      char ch = b.charAt(i);
      if (ch == '(') {
        int k = i - 1;
        while (k >= 0 && b.charAt(k) == ' ') {
          k--;
        }
        call.push(k >= 0 && (Character.isLetter(b.charAt(k)) || b.charAt(k) == '}'));
      } else if (ch == ')' && !call.isEmpty()) {
        call.pop();
      } else if (ch == ';' && (i == 0 || b.charAt(i - 1) != '\\') && !call.isEmpty()
          && call.peek()) {
        b.setCharAt(i, ',');
      }
    }
    return b.toString();
  }
}
