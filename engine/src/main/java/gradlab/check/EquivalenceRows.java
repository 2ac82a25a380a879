package gradlab.check;

import java.util.regex.Pattern;

/**
 * A proof written as rows joined by ⇔ that starts from a definition: the log-sum-exp proof's
 * {@code & y &= \log\sum e^{x_i} \\ \Leftrightarrow & e^y &= \sum e^{x_i} \\ …}. Each row after
 * the first states an equation equivalent to {@code y = …}, so with y so defined it holds
 * as an identity, and is read as the row without its arrow. The rows were "cannot read:
 * \Leftrightarrow". Only where the first row is a name equated to a formula (a definition or
 * a restatement of that name) and every later row opens with the arrow: rows that solve an
 * equation ({@code 2a = b + 1 \iff a = (b + 1)/2}) state no identity and stay unread.
 */
final class EquivalenceRows {
  private static final Pattern ARROW = Pattern.compile(
      "^(\\s*&?\\s*)(?:\\\\Leftrightarrow|\\\\Longleftrightarrow|\\\\iff|⇔)(?![A-Za-z])");
  private static final Pattern DEFINING = Pattern.compile("(?s)\\s*&?\\s*(?:[A-Za-z]|\\\\[a-z]+)"
      + "(?:_(?:\\{[A-Za-z0-9]{1,3}\\}|[A-Za-z0-9]))?\\s*&?\\s*=(?!=).*\\S.*");

  private EquivalenceRows() {}

  /** The rows without their leading ⇔ where the first row defines a name; else as given. */
  static String[] withoutArrows(String[] rows) {
    if (rows.length < 2 || !DEFINING.matcher(rows[0]).matches()) {
      return rows;
    }
    String[] out = rows.clone();
    for (int k = 1; k < rows.length; k++) {
      if (rows[k].isBlank()) {
        continue;
      }
      var m = ARROW.matcher(rows[k]);
      if (!m.find()) {
        return rows;
      }
      out[k] = m.group(1) + rows[k].substring(m.end());
    }
    return out;
  }
}
