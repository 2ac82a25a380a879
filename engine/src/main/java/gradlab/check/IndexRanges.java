package gradlab.check;

import java.util.regex.Pattern;

/**
 * An index range written with elided terms, {@code l = 2, 3, \ldots, L} or
 * {@code l = L-1, L-2, \ldots, 2} (Nielsen's "for each $l = 2, 3, \ldots, L$"): it says which
 * values an index takes, so it is listed as a range and never checked as a claim, nor counted
 * as one not checked. Only a lone index letter (with an optional subscript) equated to a comma
 * list of short terms (numbers, letters, ± a number) with one run of dots is read so.
 */
final class IndexRanges {
  static final String NOTE = "index range";
  private static final String TERM = "(?:\\d+|[A-Za-z](?:\\s*[-+]\\s*\\d+)?)";
  private static final String DOTS = "(?:\\\\[lc]?dots|…)";
  private static final Pattern RANGE = Pattern.compile("^\\s*[A-Za-z](?:_\\{?[A-Za-z0-9]\\}?)?\\s*"
      + "=\\s*" + TERM + "\\s*(?:,\\s*" + TERM + "\\s*)*,\\s*" + DOTS + "\\s*(?:,\\s*" + TERM
      + "\\s*)?[.,;]?\\s*$");

  private IndexRanges() {}

  /** Whether {@code statement} is an index range. */
  static boolean is(String statement) {
    return RANGE.matcher(statement).matches();
  }

  /** Lists an index range as such; false (nothing recorded) for anything else. */
  static boolean readInPlace(DocumentRun run, int line, String statement) {
    if (!is(statement)) {
      return false;
    }
    run.out.add(new StepResult(line, statement.strip(), Relation.EQUAL, "", null, NOTE));
    return true;
  }
}
