package gradlab.math;

/** What unbalanced brackets in a line of input say, for parse-error hints. Stateless. */
public final class Brackets {
  private Brackets() {}

  /** Names the imbalance of ( [ { against ) ] } in {@code input}, else gives {@code otherwise}. */
  /** The hint for a vector typed in round brackets, {@code v = (1, 2, 3)}. */
  public static final String VECTOR_HINT = "round brackets hold one expression; write a vector "
      + "with square brackets: [1, 2, 3]";
  private static final java.util.regex.Pattern TUPLE = java.util.regex.Pattern.compile(
      "(?<![A-Za-z0-9_'\\])\\]])\\([^()]*,[^()]*\\)");

  /**
   * {@link #VECTOR_HINT} where {@code input} holds a bracket of several items after no name
   * ({@code x = (1, 2)}: "')' expected" with "an operator or comma may be missing" sent a new
   * user looking for a missing operator); null otherwise.
   */
  public static String tupleHint(String input) {
    return TUPLE.matcher(input).find() ? VECTOR_HINT : null;
  }

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
