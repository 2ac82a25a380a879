package gradlab.check;

/**
 * The base of a power that ends in a bracket: {@code \left(1+(x-1)^{10}\right)^{-1}(…)} raises a
 * sum, which no text inverts as a function, so its {@code ^{-1}} before a bracket is the
 * reciprocal (d2l's chain-rule example). A bracket holding one name alone ({@code (f)^{-1}(x)})
 * stays ambiguous, as {@code f^{-1}(x)} is ({@link InverseFunctions}).
 */
final class CompoundBases {
  private CompoundBases() {}

  /**
   * Whether the text just before {@code caret} (the position of a {@code ^}) is a round or
   * square bracket whose inside is a compound formula: it holds an operator at its own level.
   */
  static boolean before(String text, int caret) {
    if (caret <= 0 || ")]".indexOf(text.charAt(caret - 1)) < 0) {
      return false;
    }
    int depth = 0;
    for (int k = caret - 1; k >= 0; k--) {
      char ch = text.charAt(k);
      if (ch == ')' || ch == ']') {
        depth++;
      } else if ((ch == '(' || ch == '[') && --depth == 0) {
        return operatorAtTop(text.substring(k + 1, caret - 1));
      }
    }
    return false;
  }

  private static boolean operatorAtTop(String inside) {
    int depth = 0;
    for (int k = 0; k < inside.length(); k++) {
      char ch = inside.charAt(k);
      if (ch == '(' || ch == '[' || ch == '{') {
        depth++;
      } else if (ch == ')' || ch == ']' || ch == '}') {
        depth--;
      } else if (depth == 0 && k > 0 && "+-*/".indexOf(ch) >= 0) {
        return true;
      }
    }
    return false;
  }
}
