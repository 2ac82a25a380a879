package gradlab.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain-text line that sets something to a value and solves for a name, as students find a
 * stationary point: "set dL/ds = 0: exp(-s)*(y - f)^2 = 1 so s = log((y - f)^2)". The relation
 * after "set" is a condition, and what follows it on the line holds only where the condition
 * does. Read as claims, "s = log((y - f)^2)" of a variable s became s's definition, and the
 * worked example's "y = 3, f = 1, s = 0" two lines on was refuted (Kendall and Gal's loss in a
 * student's notes). The condition is listed; a conclusion in one unknown is checked as a solution
 * of it ({@link SolvingSteps}); every other relation on the line is "not checked", and no name is
 * defined by it.
 */
final class SetConditionLines {
  /** "set A = B: …", "setting A = 0 gives …", "set A to zero, …". */
  private static final Pattern SET = Pattern.compile("(?i)^\\s*(?:we\\s+)?(?:set|setting)\\s+"
      + "(?!up\\b)(.+?)\\s*(?:=|\\bto\\b)\\s*(0|zero|[-+]?\\d+(?:\\.\\d+)?)\\s*"
      + "(?::|,|;|\\bgives\\b|\\bwe get\\b|\\bthen\\b|⇒|=>|->|→)\\s*(.*\\S)\\s*$");
  private static final Pattern RELATION = Pattern.compile("=|<|>|≤|≥|≈");
  private static final Pattern CONCLUSION = Pattern.compile("(?i)\\s*(?:,\\s*)?(?:so|hence|"
      + "thus|therefore|which gives|giving|⇒|=>|->|→)\\s+");

  private SetConditionLines() {}

  /** Reads a "set … = 0: …" line; false (nothing read) for any other line. */
  static boolean readInPlace(DocumentRun run, int line, String text) {
    Matcher m = SET.matcher(text);
    if (!m.matches() || !RELATION.matcher(m.group(3)).find()) {
      return false;
    }
    String value = m.group(2).equalsIgnoreCase("zero") ? "0" : m.group(2);
    String condition = m.group(1).strip() + " = " + value;
    run.out.add(new StepResult(line, condition, Relation.EQUAL, "", null,
        StatedConditions.NOTE));
    String premise = condition;
    for (String piece : CONCLUSION.split(m.group(3))) {
      String claim = piece.replaceAll("(?i),?\\s+(?:i\\.e\\.|that is|which)\\b.*$", "").strip();
      if (!RELATION.matcher(claim).find()) {
        continue;
      }
      List<String> statements = PlainStatements.statements(claim);
      String st = statements.size() == 1 ? statements.get(0) : null;
      if (st == null || !SolvingSteps.conclusionInPlace(run, line, premise, st)) {
        run.notChecked(line, claim, "it follows from the condition set on this line ("
            + condition + "), which holds only at its solutions; no name is defined by it");
      }
      premise = claim;
    }
    return true;
  }
}
