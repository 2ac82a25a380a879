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
}
