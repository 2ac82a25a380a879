package gradlab.check;

import java.util.List;

/**
 * The order of a derivative written as the engine syntax's third argument, {@code diff(sp(x), x,
 * 2)}: read as the derivative taken that many times, {@code diff(diff(sp(x), x), x)}, as the
 * checker takes {@code \frac{d^2 f}{dx^2}}. As {@code dd(…, x, 2)} the sides had "no numeric
 * value" and the step was never checked (a student's softplus notes). Orders 1 to 4 are read;
 * any other third argument is left as written.
 */
final class DerivativeOrders {
  private DerivativeOrders() {}

  /** {@code s} with each {@code diff(E, x, n)} written as n nested {@code diff(…, x)}. */
  static String nested(String s) {
    int at = find(s, 0);
    while (at >= 0) {
      int open = at + 4;
      int close = TopLevel.closing(s, open);
      if (close < 0) {
        return s;
      }
      List<String> args = TopLevel.split(s.substring(open + 1, close), ',');
      if (args.size() == 3 && args.get(1).strip().matches("[A-Za-z][A-Za-z0-9_]*")
          && args.get(2).strip().matches("[1-4]")) {
        String v = args.get(1).strip();
        String inner = nested(args.get(0).strip());
        for (int k = 0; k < Integer.parseInt(args.get(2).strip()); k++) {
          inner = "diff(" + inner + ", " + v + ")";
        }
        s = s.substring(0, at) + inner + s.substring(close + 1);
        at = find(s, at + inner.length());
      } else {
        at = find(s, at + 1);
      }
    }
    return s;
  }

  private static int find(String s, int from) {
    int at = s.indexOf("diff(", from);
    while (at > 0 && (Character.isLetterOrDigit(s.charAt(at - 1)) || s.charAt(at - 1) == '_')) {
      at = s.indexOf("diff(", at + 1);
    }
    return at;
  }
}
