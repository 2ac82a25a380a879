package gradlab.lab;

import gradlab.check.TopLevel;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements of a worksheet's text: split at {@code ;} and at line ends outside brackets. A
 * line that ends with an operator or a comma continues on the next line; any other line end
 * ends the statement, so that {@code x = 3⏎x^2} is two statements and never the product
 * {@code x = 3·x^2}.
 */
final class StatementSplitter {
  /** Last characters of a line that continue the statement on the next line. */
  private static final String CONTINUES = "+-−*/^=,·×(<>:";

  private StatementSplitter() {}

  static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    for (String part : TopLevel.split(s, ';')) {
      StringBuilder pending = new StringBuilder();
      for (String line : TopLevel.split(part, '\n')) {
        pending.append(pending.isEmpty() ? "" : "\n").append(line);
        String t = line.strip();
        if (!t.isEmpty() && CONTINUES.indexOf(t.charAt(t.length() - 1)) < 0) {
          out.add(pending.toString());
          pending.setLength(0);
        }
      }
      if (!pending.isEmpty()) {
        out.add(pending.toString());
      }
    }
    return out;
  }
}
