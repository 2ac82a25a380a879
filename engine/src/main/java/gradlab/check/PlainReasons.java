package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reason in brackets after a plain-text claim, "dL/dz1 = dL/dh1 * 1 = -0.6   (since z1 > 0,
 * relu' = 1)": the bracket is the student's note, not part of the formula. Read as a factor it
 * was "cannot read: not engine syntax" (a TA's correct submission), and where it held no relation
 * a claim "= 0 (since z2 < 0 the unit is dead)" was proved only because 0 times anything is 0.
 * The claim is read without its note. A note that states a condition (z1 &gt; 0) may be what makes
 * the claim true, and the checker does not read it: a claim refuted without it is "not checked".
 */
final class PlainReasons {
  private static final Pattern NOTE = Pattern.compile("(?i)^(.*[^\\s(])\\s+\\(\\s*((?:since|"
      + "because|as|by|using|from|for|when|if|where|with)\\b[^()]*)\\)\\s*\\.?\\s*$");
  private static final Pattern RELATION = Pattern.compile("[=<>≤≥≠]");

  private PlainReasons() {}

  /**
   * Reads {@code text} without its trailing note through {@code read}; true where it had one.
   * Refutations on the line are demoted where the note states a relation.
   */
  static boolean readInPlace(DocumentRun run, int line, String text,
      java.util.function.Consumer<String> read) {
    Matcher m = NOTE.matcher(text);
    if (!m.matches() || !RELATION.matcher(m.group(1)).find()) {
      return false;
    }
    int before = run.out.size();
    read.accept(m.group(1).strip());
    if (RELATION.matcher(m.group(2)).find()) {
      for (int k = before; k < run.out.size(); k++) {
        StepResult s = run.out.get(k);
        if (s.verdict() instanceof StepVerdict.Refuted f) {
          run.out.set(k, new StepResult(s.line(), s.lhs(), s.relation(), s.rhs(),
              new StepVerdict.NotChecked("it fails without the condition in the note ("
                  + m.group(2).strip() + "), which is not read: " + f.evidence()), s.note()));
        }
      }
    }
    return true;
  }
}
