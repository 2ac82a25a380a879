package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links written inside the rows of a definition by cases, as jli05's word2vec notes derive
 * each case: {@code \frac{\partial E}{\partial u_j} = \begin{cases} -\frac{\sigma'(u_j)}
 * {\sigma(u_j)} = \sigma(u_j) - 1 & \text{for } j = j^* \\ … \end{cases}}. The definition stays
 * unread ("definitions by cases"), but a row's own chain {@code A = B} is a claim that holds or
 * fails whatever the case: a sign slip in it was "not checked". Checked only where the row's
 * condition is about indices (every name in it appears in the row only as a subscript, and it
 * compares nothing with &lt; or &gt;), so a chain that holds only under its case (x &gt; 0) is
 * never checked outside it; a row whose first term is a bare name (a definition) is left alone.
 */
final class CaseRowLinks {
  private static final Pattern BODY = Pattern.compile(
      "(?s)\\\\begin\\{cases\\}(.*?)\\\\end\\{cases\\}");
  private static final Pattern INEQUALITY = Pattern.compile("<|>|\\\\[lg]eq?\\b|\\\\[lg]t\\b"
      + "|\\\\leqslant|\\\\geqslant");
  private static final Pattern TEXT = Pattern.compile("\\\\(?:text|mbox|mathrm)\\s*\\{[^}]*\\}");
  private static final Pattern NAME = Pattern.compile("(?<![\\\\A-Za-z])[A-Za-z]+");
  private static final Pattern BARE_HEAD = Pattern.compile(
      "^\\s*[A-Za-z](?:_\\{?[A-Za-z0-9]+\\}?)?\\s*(?:=|:=)");

  private CaseRowLinks() {}

  /** Checks the chains inside the rows of the display's cases; the rows' lines kept. */
  static void checkInPlace(DocumentRun run, int firstLine, String body) {
    Matcher m = BODY.matcher(body);
    if (!m.find()) {
      return;
    }
    int offset = m.start(1);
    for (String row : m.group(1).split("\\\\\\\\", -1)) {
      int at = body.indexOf(row, offset);
      offset = at + row.length();
      int amp = row.indexOf('&');
      if (amp < 0 || row.indexOf('&', amp + 1) >= 0) {
        continue;
      }
      String value = row.substring(0, amp).strip();
      String condition = TEXT.matcher(row.substring(amp + 1)).replaceAll(" ");
      if (!value.contains("=") || BARE_HEAD.matcher(value).find()
          || INEQUALITY.matcher(condition).find() || !onlyIndices(condition, value)) {
        continue;
      }
      int lead = row.length() - row.stripLeading().length();
      int line = firstLine + (int) body.substring(0, at + lead).chars().filter(c -> c == '\n')
          .count();
      DisplayBlock.check(run, line, value, true);
    }
  }

  /** Whether every name of the condition occurs in the value only as a subscript. */
  private static boolean onlyIndices(String condition, String value) {
    String stripped = condition.replaceAll("\\\\[A-Za-z]+", " ");
    Matcher n = NAME.matcher(stripped);
    while (n.find()) {
      Matcher in = Pattern.compile("(?<![A-Za-z])" + Pattern.quote(n.group()) + "(?![A-Za-z])")
          .matcher(value);
      while (in.find()) {
        String before = value.substring(0, in.start()).stripTrailing();
        if (!before.endsWith("_") && !before.endsWith("_{") && !before.matches("(?s).*_\\{[^}]*")) {
          return false;
        }
      }
    }
    return true;
  }
}
