package gradlab.check;

import java.util.List;

/** The line each link of a chain that spans lines is named by in a report. */
final class ChainLines {
  private ChainLines() {}

  /**
   * The line of link {@code k} of {@code statement}, a chain whose first term is on
   * {@code line}: the line its right side starts on, so that d2l's display "\log ŷ_j = ⏎ \log …
   * = ⏎ o_j − …" names a wrong last term on its own line (it was the display's first), as
   * eqnarray's rows are named. Line breaks inside the first term are not counted: it may be the
   * previous row's right side, which a row that opens with "=" continues.
   */
  static int linkLine(int line, String statement, List<String> raw, int k) {
    int from = statement.indexOf(raw.get(0).strip());
    if (from < 0) {
      return line;
    }
    from += raw.get(0).strip().length();
    for (int i = 1; i <= k + 1; i++) {
      String term = raw.get(i).strip();
      int at = term.isEmpty() ? -1 : statement.indexOf(term, from);
      if (at < 0) {
        return line;
      }
      if (i == k + 1) {
        int start = statement.indexOf(raw.get(0).strip()) + raw.get(0).strip().length();
        return line + (int) statement.substring(start, at).chars().filter(ch -> ch == '\n')
            .count();
      }
      from = at + term.length();
    }
    return line;
  }
}
