package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A justification in an aligned block's note column, {@code && \text{since } \sigma' =
 * \sigma(1-\sigma)}: the fact it cites is checked where it can be read, and otherwise it is a
 * note, not a step (it was "not checked: cannot read: sigma without an argument" and landed in
 * the check-by-hand list; found by a lecturer).
 */
final class Justifications {
  private static final Pattern CITED = Pattern.compile(
      "(?s)\\\\(?:text|textrm|mathrm|mbox)\\s*\\{\\s*(?:since|because|as|by|using|from)"
      + "(?:\\s[^{}]*)?\\}\\s*(.*)");

  private Justifications() {}

  /** The statement, its cited fact where it is one that reads, or null for a note. */
  static String claimOf(DocumentRun run, String statement) {
    Matcher m = CITED.matcher(statement.strip());
    if (!m.matches()) {
      return statement;
    }
    String fact = m.group(1).strip();
    ChainSplitter.Chain c = ChainSplitter.split(fact);
    if (c.terms().size() < 2 || c.terms().stream().anyMatch(t -> run.read(t) == null)) {
      return null;
    }
    return fact;
  }
}
