package gradlab.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An update typed in plain text, {@code w ← 0.6 + 0.48 = 1.08} or {@code w := w - 0.1*g}: the
 * name takes a new value, which is not a claim about the old one. A right side that uses the
 * name itself is the rule (shown as an assignment, as {@code \leftarrow} is in LaTeX); one that
 * does not gives the name the value, whose chain after it is checked (it was "cannot read: LaTeX
 * in a file", found by a student).
 */
final class PlainUpdates {
  private static final Pattern UPDATE = Pattern.compile(
      "\\s*([A-Za-z][A-Za-z0-9_]*)\\s*(?:←|<-|:=)\\s*(.+)");

  private PlainUpdates() {}

  /** Reads an update and returns true, or returns false for any other line. */
  static boolean readInPlace(DocumentRun run, int line, String text) {
    Matcher m = UPDATE.matcher(text);
    if (!m.matches()) {
      return false;
    }
    List<String> several = SeveralUpdatesOnALine.split(text);
    if (several.size() > 1) { // "w ← … = 0.9 and b ← … = 1.2": w took b's 1.2
      several.forEach(u -> {
        if (!readInPlace(run, line, u)) {
          run.textLine(line, u);
        }
      });
      return true;
    }
    String name = m.group(1);
    String rest = m.group(2);
    List<String> terms = ChainSplitter.split(rest).terms();
    if (Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(name) + "(?![A-Za-z0-9_])")
        .matcher(terms.get(0)).find()) {
      ruleInPlace(run, line, text, name, rest, terms);
      return true;
    }
    run.ctx = run.ctx.withoutPoint(name);
    run.values.clear(); // values computed with the old one are stale
    run.textLine(line, "let " + name + " = " + terms.get(terms.size() - 1).strip());
    if (terms.size() > 1) {
      run.textLine(line, rest);
    }
    return true;
  }

  /**
   * A rule, shown as an assignment; its arithmetic is claimed as in LaTeX (a new user's
   * {@code w ← w − 0.1 g = 0.5 − 0.025 = 0.485} was shown as an assignment and nothing else). A
   * chain after it is about the old values and its last number is the new one; what follows a
   * comma ({@code w ← w − η g, η = 0.1: w = 0.5 − 0.025 = 0.475}) is about the new name, whose
   * old value is then forgotten rather than compared with it.
   */
  private static void ruleInPlace(DocumentRun run, int line, String text, String name,
      String rest, List<String> terms) {
    run.out.add(new StepResult(line, text.strip(), Relation.EQUAL, "", null, UpdateRules.NOTE));
    List<String> pieces = TopLevel.split(rest, ',');
    if (pieces.size() > 1 && !pieces.get(0).contains("=")) {
      run.ctx = run.ctx.withoutPoint(name);
      run.values.clear(); // values computed with the old one are stale
      run.textLine(line, String.join(",", pieces.subList(1, pieces.size())).strip());
    } else if (terms.size() > 1 && pieces.size() == 1) {
      run.textLine(line, rest);
      run.updates.assignedInPlace(run, line, name, terms.getLast().strip());
    }
  }
}
