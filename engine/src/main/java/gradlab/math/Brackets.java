package gradlab.math;

/** What unbalanced brackets in a line of input say, for parse-error hints. Stateless. */
public final class Brackets {
  private Brackets() {}

  /** Names the imbalance of ( [ { against ) ] } in {@code input}, else gives {@code otherwise}. */
  public static String hint(String input, String otherwise) {
    long open = input.chars().filter(c -> c == '(' || c == '[' || c == '{').count();
    long close = input.chars().filter(c -> c == ')' || c == ']' || c == '}').count();
    if (open > close) {
      return "missing closing bracket: " + (open - close) + " more '(' than ')'";
    }
    if (close > open) {
      return "unbalanced brackets: " + (close - open) + " more ')' than '('";
    }
    return otherwise;
  }

  /**
   * Throws when an '=' at {@code position} sits inside a bracket the line never closes:
   * {@code sigma(x = 1} said "'=' inside an expression", which sent the reader looking at the
   * '=' rather than at the '(' (found by a tester).
   */
  static void refuseUnclosed(String input, int position) {
    long open = input.chars().filter(c -> c == '(' || c == '[' || c == '{').count();
    long close = input.chars().filter(c -> c == ')' || c == ']' || c == '}').count();
    java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
    for (int i = 0; i < Math.min(position, input.length()); i++) {
      char c = input.charAt(i);
      if (c == '(' || c == '[' || c == '{') {
        stack.push(i);
      } else if ((c == ')' || c == ']' || c == '}') && !stack.isEmpty()) {
        stack.pop();
      }
    }
    if (open > close && !stack.isEmpty()) {
      int at = stack.peek();
      throw new ParseException("unclosed bracket: the '" + input.charAt(at) + "' at column "
          + (at + 1) + " is never closed", at, "close it before the '=' ("
          + input.substring(0, position).strip() + CLOSING.get(input.charAt(at)) + " "
          + input.substring(position).strip() + ")");
    }
  }

  private static final java.util.Map<Character, Character> CLOSING = java.util.Map.of('(', ')',
      '[', ']', '{', '}');
}
