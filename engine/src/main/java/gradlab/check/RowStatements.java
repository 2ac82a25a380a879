package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The statements of one row of display math, split at spacing and implication arrows. */
final class RowStatements {
  private RowStatements() {}

  /**
   * The statements of one row: separated at top level by spacing ({@code \\quad},
   * {@code \\qquad}, {@code \\hspace{…}}) or by an implication arrow ({@code \\rightarrow},
   * {@code \\Rightarrow}, {@code \\implies}, …), as in CS231n's
   * {@code f = x y \\hspace{0.5in} \\rightarrow \\hspace{0.5in} ∂f/∂x = y}. An arrow inside
   * braces ({@code \\lim_{x \\to 0}}) stays.
   */
  static List<String> statements(String row) {
    Matcher m = SEPARATOR.matcher(row);
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    int scanned = 0;
    boolean conditional = false;
    while (m.find()) {
      for (; scanned < m.start(); scanned++) {
        char ch = row.charAt(scanned);
        depth += ch == '{' || ch == '(' || ch == '[' ? 1 : ch == '}' || ch == ')' || ch == ']'
            ? -1 : 0;
      }
      if (depth == 0) {
        String part = row.substring(start, m.start());
        boolean arrow = !m.group().startsWith("\\q") && !m.group().startsWith("\\h");
        if (arrow && !part.isBlank() && !DEFINING.matcher(part).lookingAt()) {
          conditional = true; // A ⟹ B asserts B given A: neither is a claim on its own here
        }
        out.add(conditional ? CONDITIONAL + part : part);
        start = m.end();
      }
    }
    String last = row.substring(start);
    out.add(conditional ? CONDITIONAL + last : last);
    return out;
  }

  /** Marks a statement that is a premise or a conclusion of an implication. */
  static final String CONDITIONAL = "\u0000";
  /** f(x, y) = …: a premise that defines, so what follows the arrow is read as usual. */
  private static final Pattern DEFINING = Pattern.compile(
      "\\s*[A-Za-z]\\s*\\(\\s*[A-Za-z](?:\\s*,\\s*[A-Za-z])*\\s*\\)\\s*=");

  private static final Pattern SEPARATOR = Pattern.compile("\\\\hspace\\*?\\{[^}]*\\}|"
      + "\\\\qquad|\\\\quad|\\\\(?:long)?(?:right|Right)arrow(?![a-zA-Z])|"
      + "\\\\Longrightarrow|\\\\implies|\\\\Rightarrow");
}
