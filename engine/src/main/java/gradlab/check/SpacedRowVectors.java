package gradlab.check;

import java.util.regex.Pattern;

/**
 * A row vector whose items are set apart by wide spaces, not commas: Mathematics for Machine
 * Learning writes the gradient of f(x₁, x₂) as {@code \left[2x_1 x_2 + x_2^3 \;\; x_1^2 + 3x_1
 * x_2^2\right]} (Example 5.7). Spacing is dropped before reading, so the two items were read as
 * one product and the true row of partial derivatives was ✗ (a new held-out set). Inside square
 * brackets, a top-level run of two or more thick spaces ({@code \;\;}, {@code \:\:}) or a
 * {@code \quad} or {@code \qquad} separates items and becomes a comma, so that the bracket is
 * the list [a, b] the reader compares item by item. A single thin or thick space stays spacing
 * (it often sits inside a product), and a bracket that has commas is left as it is.
 */
final class SpacedRowVectors {
  private static final Pattern WIDE = Pattern.compile("(?:\\s*\\\\[;:]){2,}(?![A-Za-z])\\s*"
      + "|\\s*\\\\q?quad(?![A-Za-z])(?:\\s*\\\\(?:q?quad(?![A-Za-z])|[;:,]))*\\s*");

  private SpacedRowVectors() {}

  /** {@code latex} with the wide spaces between a square bracket's items as commas. */
  static String withCommas(String latex) {
    if (latex.indexOf('[') < 0 || !latex.contains("\\;") && !latex.contains("\\:")
        && !latex.contains("quad")) {
      return latex;
    }
    StringBuilder out = new StringBuilder(latex.length());
    int from = 0;
    for (int open = latex.indexOf('['); open >= 0; open = latex.indexOf('[', open + 1)) {
      int close = matching(latex, open);
      if (close < 0 || open < from) {
        continue;
      }
      String inner = latex.substring(open + 1, close);
      String rewritten = separated(inner);
      if (rewritten != null) {
        out.append(latex, from, open + 1).append(rewritten);
        from = close;
      }
    }
    return out.append(latex.substring(from)).toString();
  }

  /** The inner text with its top-level wide spaces as commas, or null where it has none. */
  private static String separated(String inner) {
    if (!TopLevel.split(inner, ',').equals(java.util.List.of(inner))) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    var m = WIDE.matcher(inner);
    int from = 0;
    boolean any = false;
    while (m.find()) {
      if (depth(inner, m.start()) != 0 || m.start() == 0 || m.end() == inner.length()
          || inner.substring(m.end()).strip().startsWith("\\right")) {
        continue;
      }
      out.append(inner, from, m.start()).append(", ");
      from = m.end();
      any = true;
    }
    return any ? out.append(inner.substring(from)).toString() : null;
  }

  /** The index of the ']' that closes the '[' at {@code open}, or -1. */
  private static int matching(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\\' && i + 1 < s.length() && "[]{}".indexOf(s.charAt(i + 1)) >= 0) {
        i++; // \[ , \{ : not this bracket's
      } else if (ch == '[' || ch == '{' || ch == '(') {
        depth++;
      } else if (ch == ']' || ch == '}' || ch == ')') {
        depth--;
        if (depth == 0) {
          return ch == ']' ? i : -1;
        }
      }
    }
    return -1;
  }

  /** The bracket depth of {@code s} before {@code at}. */
  private static int depth(String s, int at) {
    int depth = 0;
    for (int i = 0; i < at; i++) {
      char ch = s.charAt(i);
      if (ch == '\\' && i + 1 < s.length() && "[]{}".indexOf(s.charAt(i + 1)) >= 0) {
        i++;
      } else if (ch == '[' || ch == '{' || ch == '(') {
        depth++;
      } else if (ch == ']' || ch == '}' || ch == ')') {
        depth--;
      }
    }
    return depth;
  }
}
