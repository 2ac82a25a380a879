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
    String name = m.group(1);
    String rest = m.group(2);
    List<String> terms = ChainSplitter.split(rest).terms();
    if (Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(name) + "(?![A-Za-z0-9_])")
        .matcher(terms.get(0)).find()) {
      run.out.add(new StepResult(line, text.strip(), Relation.EQUAL, "", null,
          UpdateRules.NOTE));
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
}
