package gradlab.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown table of values whose first column is a variable, {@code | $x$ | $s(x)$ | $s'(x)$ |}
 * over rows of numbers {@code | 1 | 1.3133 | 0.7311 |}: each row states values, but the checker
 * read only the math between dollars, so the rows were skipped silently (a wrong value in a
 * table passed unseen). Now a cell under a column headed by a function of the first column's
 * variable is the claim {@code s(1) = 1.3133} at the row's line (a display of its own, decided
 * like any claim: a rounded value holds to the digits written), and a number under any other
 * column head is listed as "not checked" with the reason. Only tables whose first header cell is
 * one letter (or a Greek letter) and whose first cells are numbers are read. Stateless.
 */
final class MarkdownTables {
  private static final String NAME = "(?:[A-Za-z]|\\\\[A-Za-z]+)";
  private static final Pattern VARIABLE = Pattern.compile("\\$?\\s*(" + NAME + ")\\s*\\$?");
  private static final Pattern NUMBER = Pattern.compile("\\$?\\s*([-−]?\\d+(?:\\.\\d+)?)\\s*\\$?");
  static final Pattern RULE = Pattern.compile("\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*"
      + "\\|?\\s*");

  static final String UNREAD = "table values under a column head that is not a function of the"
      + " first column's variable";

  private MarkdownTables() {}

  /** {@code segments} with the table rows' claims (and unread cells) inserted in line order. */
  static List<MarkdownMath.Segment> withRows(List<MarkdownMath.Segment> segments, String text) {
    List<MarkdownMath.Segment> rows = rows(text);
    if (rows.isEmpty()) {
      return segments;
    }
    List<MarkdownMath.Segment> out = new ArrayList<>(segments);
    out.addAll(rows);
    out.sort(Comparator.comparingInt(MarkdownMath.Segment::line)); // stable: a row after its line
    return out;
  }

  static List<MarkdownMath.Segment> rows(String text) {
    List<MarkdownMath.Segment> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i + 2 < lines.length; i++) {
      if (!lines[i].strip().startsWith("|") || !RULE.matcher(lines[i + 1].strip()).matches()) {
        continue;
      }
      List<String> head = cells(lines[i]);
      Matcher v = head.isEmpty() ? null : VARIABLE.matcher(head.get(0));
      if (v == null || !v.matches() || head.size() < 2) {
        continue;
      }
      String x = v.group(1);
      Pattern ofX = Pattern.compile("\\$?\\s*(" + NAME + "'*)\\s*\\(\\s*" + Pattern.quote(x)
          + "\\s*\\)\\s*\\$?");
      int r = i + 2;
      for (; r < lines.length && lines[r].strip().startsWith("|"); r++) {
        List<String> row = cells(lines[r]);
        Matcher at = row.isEmpty() ? null : NUMBER.matcher(row.get(0));
        if (at == null || !at.matches()) {
          continue;
        }
        for (int c = 1; c < Math.min(row.size(), head.size()); c++) {
          Matcher value = NUMBER.matcher(row.get(c));
          if (!value.matches()) {
            continue;
          }
          Matcher f = ofX.matcher(head.get(c));
          out.add(f.matches()
              ? new MarkdownMath.Segment(r + 1, f.group(1) + "(" + at.group(1) + ") = "
                  + value.group(1), true, "", null)
              : new MarkdownMath.Segment(r + 1, head.get(c) + " = " + row.get(c), true, "",
                  UNREAD));
        }
      }
      i = r - 1;
    }
    return out;
  }

  static List<String> cells(String line) {
    String s = line.strip();
    s = s.startsWith("|") ? s.substring(1) : s;
    s = s.endsWith("|") ? s.substring(0, s.length() - 1) : s;
    List<String> out = new ArrayList<>();
    for (String c : s.split("\\|", -1)) {
      out.add(c.strip());
    }
    return out;
  }
}
