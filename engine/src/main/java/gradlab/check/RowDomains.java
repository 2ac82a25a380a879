package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a display row states the domain of its formula after spacing at its end: in brackets,
 * a teacher's {@code \frac{d}{dx} \max(0, x) = 0 \qquad (x < 0)}, or after a comma,
 * {@code \frac{d}{dx} |x| = -1, \quad x < 0}. Only inequalities count (a bracketed equation
 * stays a remark, Parr and Howard's {@code \quad (y = u_4)}). The domain is rewritten as
 * {@code \text{ for } …}, which {@link RowStatements} reads as the formula's hypothesis; it had
 * been a claim, and a true formula was refuted under the previous row's "for x > 0" (user48).
 * Stateless.
 */
final class RowDomains {
  private static final String SPACING = "(?:\\\\qquad|\\\\quad|\\\\[;,: ]|~|\\s)*";
  private static final Pattern BRACKETED = Pattern.compile(
      "(\\\\qquad|\\\\quad)" + SPACING + "\\(([^()]*)\\)\\s*[.,;]?\\s*$");
  private static final Pattern AFTER_COMMA = Pattern.compile(
      ",(" + SPACING + "(?:\\\\qquad|\\\\quad)" + SPACING + ")([^,()]*?)\\s*[.;]?\\s*$");

  private RowDomains() {}

  /** {@code row} with a domain at its end written as {@code \text{ for } …}; else as it is. */
  static String asFor(String row) {
    Matcher m = BRACKETED.matcher(row);
    if (m.find() && inequalities(m.group(2)) && relation(row.substring(0, m.start()))) {
      return row.substring(0, m.start()) + " \\text{ for } " + m.group(2).strip();
    }
    m = AFTER_COMMA.matcher(row);
    if (m.find() && inequalities(m.group(2)) && relation(row.substring(0, m.start()))) {
      return row.substring(0, m.start()) + " \\text{ for } " + m.group(2).strip();
    }
    return row;
  }

  private static boolean inequalities(String s) {
    ChainSplitter.Chain c = ChainSplitter.split(s);
    return Hypotheses.allInequalities(c.relations())
        && c.terms().stream().noneMatch(String::isBlank);
  }

  private static boolean relation(String before) {
    ChainSplitter.Chain c = ChainSplitter.split(before);
    return !before.isBlank() && !c.relations().isEmpty()
        && c.terms().stream().noneMatch(String::isBlank);
  }
}
