package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chain of rows whose later rows are written by cases, as Parr and Howard derive the bias
 * gradient: {@code \frac{\partial C}{\partial b} & = & \frac{1}{N} \sum \frac{\partial
 * v^2}{\partial v} \frac{\partial v}{\partial b} \\ & = & \frac{1}{N} \sum 2v \frac{\partial
 * v}{\partial b} \\ & = & \frac{1}{N} \sum \begin{cases} … \end{cases}}. The whole display was
 * "not checked: definitions by cases", its first rows too. The rows before the first row that
 * holds a {@code cases} are a chain of their own and are checked as one; from that row on the
 * display stays "not checked: definitions by cases". A display whose first row holds the cases
 * (a definition by cases, a derivative stated case by case) is left to the callers.
 */
final class RowsBeforeCases {
  private static final Pattern RELATION = Pattern.compile("=|\\\\approx|\\\\leq?|\\\\geq?|<|>");

  private RowsBeforeCases() {}

  /** Checks the rows before the cases and marks the rest; false where there are none. */
  static boolean checkInPlace(DocumentRun run, int firstLine, String body) {
    int cases = body.indexOf("\\begin{cases}");
    int cut = cases < 0 ? -1 : body.lastIndexOf("\\\\", cases);
    if (cut < 0) {
      return false;
    }
    String before = body.substring(0, cut);
    Matcher m = RELATION.matcher(before);
    int relations = 0;
    while (m.find()) {
      relations++;
    }
    if (relations < 2) {
      return false; // one row before the cases is no chain to check
    }
    DisplayBlock.check(run, firstLine, before, true);
    String rest = body.substring(cut + 2);
    int start = cut + 2 + rest.length() - rest.stripLeading().length();
    int line = firstLine + (int) body.substring(0, start).chars().filter(c -> c == '\n').count();
    run.notChecked(line, rest.strip().lines().findFirst().orElse("").replace("&", " ").strip(),
        "definitions by cases");
    return true;
  }
}
