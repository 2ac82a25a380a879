package gradlab.check;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "Case $i = j$:", "For $i = j$:": two index letters set equal in prose name a case of the
 * indices, not a definition of i (read as one, i was j from there on; found by a student and a
 * TA tester). Listed as a case, neither defined nor claimed.
 */
final class CaseConditions {
  static final String NOTE = "a case of the indices, not a definition";
  private static final Pattern INDEX = Pattern.compile("\\s*[i-l]\\s*");

  private CaseConditions() {}

  /** Lists {@code i = j} of two undefined index letters in prose as a case; false otherwise. */
  static boolean readInPlace(DocumentRun run, int line, String statement, List<String> raw,
      Relation rel, boolean claims) {
    if (claims || !run.latex() || raw.size() != 2 || rel != Relation.EQUAL
        || !INDEX.matcher(raw.get(0)).matches() || !INDEX.matcher(raw.get(1)).matches()
        || raw.get(0).strip().equals(raw.get(1).strip())) {
      return false;
    }
    for (String side : raw) {
      String n = side.strip();
      if (run.ctx.defines(n) || run.ctx.point().containsKey(n)) {
        return false;
      }
    }
    run.out.add(new StepResult(line, statement.strip(), Relation.EQUAL, "", null, NOTE));
    return true;
  }
}
