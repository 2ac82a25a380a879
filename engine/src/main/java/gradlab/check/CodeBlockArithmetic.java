package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whole-number arithmetic written in a fenced code block: the CS231n notes give VGGNet's
 * breakdown as plain rows, {@code CONV3-64: [224x224x64]  memory:  224*224*64=3.2M   weights:
 * (3*3*64)*64 = 36,864}, and a wrong count there was never read, since code is blanked
 * ({@link MarkdownCode}). A relation {@code left = n} whose left side is whole numbers joined by
 * {@code + - * ×} and brackets and whose right side is a whole number (thousands grouped by
 * commas allowed) is kept as inline math; nothing else in the block is. Such a claim is exact
 * under every reading (no rounding, no division, no names), and no program assigns to a number,
 * so it is not code. Rows with a rounded value ({@code =3.2M}, {@code =150K}), Python's
 * {@code **} and {@code //}, decimals, and anything glued to a name ({@code x[2*3] = 5},
 * {@code 1e3*2 = 2000}) stay blanked.
 */
final class CodeBlockArithmetic {
  /**
   * Before: a line start, a blank or a colon, and no number just before ({@code 2 3*4 = 24} may
   * mean 2·3·4). Left: whole numbers, each in brackets or not, joined by + - * × (a number
   * beside a number or a bracket is not read). Right: a whole number, its thousands grouped by
   * commas or not, then a blank or the line end.
   */
  private static final Pattern RELATION = Pattern.compile(
      "(?<![^\\s:])(?<![\\d)][ \\t]{1,40})(-?\\(*\\d+\\)*(?:[ \\t]*[-+*×][ \\t]*\\(*\\d+\\)*)+)"
          + "[ \\t]*=[ \\t]*(\\d{1,3}(?:,\\d{3})+|\\d+)(?=\\s|$)");

  private CodeBlockArithmetic() {}

  /**
   * {@code line} of a fenced code block with everything blanked but its whole-number
   * relations, each written {@code $left=right$} (the thousands commas dropped); a line with
   * none is all blanks of its length.
   */
  static String kept(String line) {
    StringBuilder out = new StringBuilder(" ".repeat(line.length()));
    int free = 0; // the first column not yet written
    Matcher m = RELATION.matcher(line);
    while (m.find()) {
      if (!balanced(m.group(1))) {
        continue;
      }
      String math = "$" + m.group(1).strip() + "=" + m.group(2).replace(",", "") + "$";
      int at = Math.max(free, m.start() - 1); // the blank or colon before it takes the $
      int end = at + math.length();
      if (end > out.length()) {
        out.append(" ".repeat(end - out.length()));
      }
      out.replace(at, end, math);
      free = end + 1;
    }
    return out.toString();
  }

  private static boolean balanced(String left) {
    int depth = 0;
    for (char c : left.toCharArray()) {
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }
}
