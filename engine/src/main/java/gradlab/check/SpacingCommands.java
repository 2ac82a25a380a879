package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spacing commands ({@code \,}, {@code \;}, {@code \:}, {@code \!}, {@code ~}, {@code \quad},
 * {@code \qquad}, {@code \hspace{…}}) are layout, never mathematics. {@code \quad} and
 * {@code \hspace} also separate statements in a row ({@code a = 1 \quad b = 2}); they do not
 * where they stand next to a relation ({@code a = b \quad = c}, {@code a = \quad b}), since a
 * statement never begins or ends with one: there they are spacing inside one chain.
 */
final class SpacingCommands {
  private static final Pattern RELATION_AT_END = Pattern.compile(
      "(?:=|<|>|≈|≤|≥|\\\\(?:approx|simeq|leq?|geq?|neq?))\\s*(?:\\\\[,;:! ]|~|\\s)*$");
  private static final Pattern RELATION_AT_START = Pattern.compile(
      "^(?:\\\\[,;:! ]|~|\\s|\\\\q?quad(?![A-Za-z]))*(?:=|<|>|≈|≤|≥|\\\\(?:approx|simeq|leq?|geq?|"
      + "neq?)(?![A-Za-z]))");

  private SpacingCommands() {}

  /**
   * Whether the separator {@code m} found in {@code row} stands inside one chain: the text
   * before it (from {@code start}) ends with a relation, or the text after it begins with one.
   */
  static boolean insideChain(String row, int start, Matcher m) {
    return RELATION_AT_END.matcher(row.substring(start, m.start())).find()
        || RELATION_AT_START.matcher(row.substring(m.end())).find();
  }
}
