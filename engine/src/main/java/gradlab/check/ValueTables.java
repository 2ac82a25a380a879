package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Markdown table of given values, as a teacher types them above the questions:
 * {@code | x | y | w | b |} over one row {@code | 2 | 1 | 0.5 | 0 |}, or a column of names
 * beside a column of numbers under a header in words ({@code | variable | value |}). Every
 * later number was "not checked: the left side depends on [b, w, x, y]" (the table was skipped
 * in a plain file, and in a Markdown one each cell after the first was "not checked: table
 * values under a column head that is not a function of the first column's variable"; found by
 * a new user). Such a table states the values as the line "x = 2, y = 1, w = 0.5, b = 0" does:
 * the header and the rule become blank lines and each row of values that line, so every line
 * keeps its number. A table of several rows under a header of names (a function's values) and
 * any cell that is not a plain name or a number leave the table as it was. Stateless.
 */
final class ValueTables {
  /** One letter, Latin or Greek (or a LaTeX Greek letter), with an index and a hat at most. */
  private static final Pattern NAME = Pattern.compile("\\$?\\s*((?:[A-Za-z]|\\p{IsGreek}|"
      + "\\\\[a-z]+|\\\\hat\\{[A-Za-z]\\}|[A-Za-z]\\u0302|ŷ)(?:[0-9]{1,2}|[₀-₉]{1,2}|_[0-9A-Za-z]|"
      + "_\\{[0-9A-Za-z]{1,3}\\})?)\\s*\\$?");
  private static final Pattern NUMBER = Pattern.compile(
      "\\$?\\s*([-−]?(?:\\d+(?:\\.\\d+)?|\\.\\d+))\\s*\\$?");
  /** A header cell in words, "variable", "value", "given": two letters or more, no digits. */
  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z ]+");

  private ValueTables() {}

  /**
   * {@code text} with each table of given values written as a line of values, {@code $…$} around
   * it where {@code latex} (a Markdown file read for its math), bare otherwise.
   */
  static String rewrite(String text, boolean latex) {
    String[] lines = text.split("\n", -1);
    boolean changed = false;
    for (int i = 0; i + 2 < lines.length; i++) {
      if (!lines[i].strip().startsWith("|")
          || !MarkdownTables.RULE.matcher(lines[i + 1].strip()).matches()) {
        continue;
      }
      int end = i + 2;
      while (end < lines.length && lines[end].strip().startsWith("|")) {
        end++;
      }
      List<String> values = values(lines, i, end);
      if (values != null) {
        lines[i] = "";
        lines[i + 1] = "";
        for (int r = i + 2; r < end; r++) {
          String line = values.get(r - i - 2);
          lines[r] = line.isEmpty() ? "" : latex ? "$" + line + "$" : line;
        }
        changed = true;
      }
      i = end - 1;
    }
    return changed ? String.join("\n", lines) : text;
  }

  /** The line of values each row states, or null where the table is not one of given values. */
  private static List<String> values(String[] lines, int head, int end) {
    List<String> names = MarkdownTables.cells(lines[head]);
    if (end == head + 3 && names.size() >= 2 && names.stream().allMatch(c ->
        NAME.matcher(c).matches())) { // | x | y | w | over one row of numbers
      List<String> row = MarkdownTables.cells(lines[head + 2]);
      if (row.size() != names.size() || !row.stream().allMatch(c -> NUMBER.matcher(c).matches())) {
        return null;
      }
      List<String> pairs = new ArrayList<>();
      for (int c = 0; c < names.size(); c++) {
        pairs.add(pair(names.get(c), row.get(c)));
      }
      return List.of(String.join(", ", pairs));
    }
    if (names.size() == 2 && names.stream().allMatch(c -> WORD.matcher(c).matches())
        && end > head + 2) { // | variable | value | over rows | x | 2 |
      List<String> out = new ArrayList<>();
      for (int r = head + 2; r < end; r++) {
        List<String> row = MarkdownTables.cells(lines[r]);
        if (row.size() != 2 || !NAME.matcher(row.get(0)).matches()
            || !NUMBER.matcher(row.get(1)).matches()) {
          return null;
        }
        out.add(pair(row.get(0), row.get(1)));
      }
      return joinedOnFirst(out);
    }
    return null;
  }

  /** The pairs on the first row's line, the other rows' lines left blank. */
  private static List<String> joinedOnFirst(List<String> pairs) {
    List<String> out = new ArrayList<>();
    out.add(String.join(", ", pairs));
    for (int k = 1; k < pairs.size(); k++) {
      out.add("");
    }
    return out;
  }

  private static String pair(String nameCell, String numberCell) {
    var n = NAME.matcher(nameCell);
    var v = NUMBER.matcher(numberCell);
    n.matches();
    v.matches();
    return n.group(1) + " = " + v.group(1);
  }
}
