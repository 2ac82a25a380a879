package gradlab.symbolic;

/**
 * An input form with every derivative in prime form, {@code f'(x)} or {@code sigma''(z)}, written
 * as {@code Derivative(n)[f][x]}, for input read back by the algebra engine. Its parser binds the
 * prime more loosely than a product: {@code 2*sigma'(z)^2} comes back as {@code (2*sigma'(z))^2},
 * so a defined function's second derivative, read from its rule, was twice too large in one term
 * (a true {@code D(g(z), {z, 2})} of g(z) = σ(z)² was refuted). The {@code Derivative} form is read
 * back as written.
 */
final class PrimeFreeInput {
  private PrimeFreeInput() {}

  /** {@code input} with each {@code name'…'(args)} as {@code Derivative(n)[name][args]}. */
  static String of(String input) {
    if (input.indexOf('\'') < 0) {
      return input;
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < input.length()) {
      int quote = input.indexOf('\'', i);
      if (quote < 0) {
        out.append(input, i, input.length());
        break;
      }
      int start = quote;
      while (start > i && isNameChar(input.charAt(start - 1))) {
        start--;
      }
      int end = quote;
      while (end < input.length() && input.charAt(end) == '\'') {
        end++;
      }
      int close = end < input.length() && input.charAt(end) == '(' ? matching(input, end) : -1;
      if (start == quote || close < 0 || !Character.isLetter(input.charAt(start))) {
        out.append(input, i, end); // not a derivative of a named function: left as it is
        i = end;
        continue;
      }
      out.append(input, i, start).append("Derivative(").append(end - quote).append(")[")
          .append(input, start, quote).append("][")
          .append(of(input.substring(end + 1, close))).append(']');
      i = close + 1;
    }
    return out.toString();
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '$';
  }

  /** The index of the bracket closing the one at {@code open}, or −1. */
  private static int matching(String s, int open) {
    int depth = 0;
    for (int k = open; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
        if (depth == 0) {
          return c == ')' ? k : -1;
        }
      }
    }
    return -1;
  }
}
