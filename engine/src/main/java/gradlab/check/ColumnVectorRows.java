package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chain of equations between vectors or matrices written out by their entries, Parr and
 * Howard's {@code [g_1(x) \\ g_2(x)] = [x^2 \\ 3x]} and
 * {@code [\frac{1}{g_1}2x + 0 \\ 0 + cos(g_2)3] = [\frac{2x}{x^2} \\ 3cos(3x)] = [\frac{2}{x} \\
 * 3cos(3x)]}: two such arrays are equal exactly when their entries are, so the chain is read
 * entry by entry, each entry's chain checked as the text's own rows would be, each link at the
 * line of its right side's entry. Read only where every side is one {@code bmatrix} (or
 * {@code pmatrix}, {@code matrix}, …) alone and all have the same rows and columns; a side that
 * is not written out ({@code \frac{\partial \mathbf{y}}{\partial x}}, a product of two arrays)
 * cuts the chain: its links are "not checked", as every link was before. Inline math is read
 * the same way (d2l's {@code $\eta = \begin{bmatrix} \eta_1 \\ \eta_2 \end{bmatrix} =
 * \begin{bmatrix} \frac{\mu}{\sigma^2} \\ \frac{1}{2 \sigma^2} \end{bmatrix}$} names the
 * entries η₁, η₂ as a display would), and a chain that opens with one plain name before an array
 * names that array: the link is listed, not checked.
 */
final class ColumnVectorRows {
  private static final Pattern ALONE = Pattern.compile(
      "(?s)\\s*\\\\begin\\{([pbvBV]?matrix)\\}(.*)\\\\end\\{\\1\\}\\s*[.,;]?\\s*");
  /** A plain name, as a vector's name is written: η, x, {@code \mathbf{x}}, {@code \eta}. */
  private static final Pattern NAME = Pattern.compile(
      "\\s*(?:\\\\(?:mathbf|boldsymbol|bm)\\{\\s*)?\\\\?[A-Za-z]+\\s*\\}?\\s*");
  /** How the link from a plain name to the array it names is listed. */
  static final String NAMED = "a vector or matrix named by its entries";
  private static final String REASON =
      "cannot read: matrices and column vectors (bmatrix, an array in brackets)";

  /** One side written out: its entries by row and column, and their lines. */
  private record Written(List<List<String>> entries, List<List<Integer>> lines) {}

  private ColumnVectorRows() {}

  /** Checks the chain entry by entry and returns true, or returns false (not such a chain). */
  static boolean checkInPlace(DocumentRun run, int firstLine, String body) {
    return checkInPlace(run, firstLine, body, true);
  }

  /** As {@link #checkInPlace(DocumentRun, int, String)}, for a display or for inline math. */
  static boolean checkInPlace(DocumentRun run, int firstLine, String body, boolean display) {
    List<int[]> sides = sides(body);
    if (sides == null || sides.size() < 2) {
      return false;
    }
    List<Written> written = new ArrayList<>();
    for (int[] s : sides) {
      written.add(written(body, s[0], s[1], firstLine));
    }
    boolean any = false;
    for (int k = 0; k + 1 < written.size(); k++) {
      any |= written.get(k) != null && sameShape(written.get(k), written.get(k + 1));
    }
    if (!any) {
      return false;
    }
    int k = 0;
    while (k < written.size()) {
      int end = k;
      while (end + 1 < written.size() && written.get(k) != null
          && sameShape(written.get(k), written.get(end + 1))) {
        end++;
      }
      if (end == k) {
        String head = body.substring(sides.get(0)[0], sides.get(0)[1]);
        if (k == 0 && written.get(0) == null && written.get(1) != null
            && NAME.matcher(head).matches() && !run.ctx.defines(
                head.replaceAll("\\\\(mathbf|boldsymbol|bm)|[\\s{}\\\\]", ""))) {
          run.out.add(new StepResult(lineOf(body, sides.get(1)[0], firstLine),
              body.substring(sides.get(0)[0], sides.get(0)[1]).strip(), Relation.EQUAL,
              "\\begin{…} … \\end{…}", null, NAMED));
        } else if (k + 1 < written.size()) { // the link from side k to side k + 1 is not read
          run.notChecked(lineOf(body, sides.get(k + 1)[0], firstLine), body.substring(
              sides.get(k)[0], sides.get(k + 1)[1]).strip().lines().findFirst().orElse(""),
              REASON);
        }
        k++;
        continue;
      }
      entries(run, written.subList(k, end + 1), display);
      k = end;
    }
    run.lastTail = null; // a next display that opens with = does not continue one entry
    return true;
  }

  /** Each entry's chain over the sides, each link at the line of its right side's entry. */
  private static void entries(DocumentRun run, List<Written> run1, boolean display) {
    Written first = run1.get(0);
    for (int r = 0; r < first.entries().size(); r++) {
      for (int c = 0; c < first.entries().get(r).size(); c++) {
        run.lastTail = null;
        Written second = run1.get(1);
        DisplayBlock.check(run, second.lines().get(r).get(c), first.entries().get(r).get(c)
            + " = " + second.entries().get(r).get(c), display);
        for (int s = 2; s < run1.size(); s++) {
          Written w = run1.get(s);
          DisplayBlock.check(run, w.lines().get(r).get(c), "= " + w.entries().get(r).get(c),
              display);
        }
      }
    }
  }

  /** The sides of a chain of = at the top level, as {start, end} in {@code body}; or null. */
  static List<int[]> sides(String body) {
    List<int[]> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    Matcher env = Pattern.compile("\\\\(begin|end)\\{[^}]*\\}|[{}]|=|\\\\[A-Za-z]+").matcher(body);
    while (env.find()) {
      String t = env.group();
      if (t.startsWith("\\begin") || t.equals("{")) {
        depth++;
      } else if (t.startsWith("\\end") || t.equals("}")) {
        depth--;
      } else if (t.equals("=") && depth == 0) {
        out.add(new int[] {start, env.start()});
        start = env.end();
      } else if (t.startsWith("\\") && !t.startsWith("\\begin") && !t.startsWith("\\end")
          && t.matches("\\\\(le|ge|leq|geq|approx|lt|gt|neq|ne|to|rightarrow)") && depth == 0) {
        return null; // another relation: not a chain of equations
      }
    }
    out.add(new int[] {start, body.length()});
    return depth == 0 ? out : null;
  }

  /** The side between {@code from} and {@code to} as entries, or null if not one array. */
  private static Written written(String body, int from, int to, int firstLine) {
    String side = body.substring(from, to);
    Matcher m = ALONE.matcher(side);
    if (!m.matches() || m.group(2).contains("\\begin")) {
      return null;
    }
    int innerStart = from + m.start(2);
    List<List<String>> entries = new ArrayList<>();
    List<List<Integer>> lines = new ArrayList<>();
    int at = innerStart;
    for (String row : m.group(2).split("\\\\\\\\", -1)) {
      if (!row.isBlank()) {
        List<String> cells = new ArrayList<>();
        List<Integer> cellLines = new ArrayList<>();
        int cellAt = at;
        for (String cell : row.split("&", -1)) {
          String e = cell.strip();
          if (e.isEmpty()) {
            return null;
          }
          cells.add(e);
          cellLines.add(lineOf(body, cellAt + cell.indexOf(e), firstLine));
          cellAt += cell.length() + 1;
        }
        entries.add(cells);
        lines.add(cellLines);
      }
      at += row.length() + 2;
    }
    if (entries.isEmpty()) {
      return null;
    }
    for (List<String> row : entries) {
      if (row.size() != entries.get(0).size()) {
        return null;
      }
    }
    return new Written(entries, lines);
  }

  private static boolean sameShape(Written a, Written b) {
    if (a == null || b == null || a.entries().size() != b.entries().size()) {
      return false;
    }
    for (int r = 0; r < a.entries().size(); r++) {
      if (a.entries().get(r).size() != b.entries().get(r).size()) {
        return false;
      }
    }
    return true;
  }

  static int lineOf(String body, int at, int firstLine) {
    return firstLine + (int) body.substring(0, Math.max(0, at)).chars().filter(c -> c == '\n')
        .count();
  }
}
