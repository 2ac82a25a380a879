package gradlab.check;

import java.util.List;

/**
 * A result restated after the chain that computed it from rounded values: "σ′(2) = σ(2)(1 − σ(2))
 * ≈ 0.88 × 0.12 ≈ 0.106", then "Hence $\sigma'(2) \approx 0.106$". Each link held to its digits;
 * the restatement alone fails (σ′(2) = 0.10499), and the rounding is in the chain, not in the
 * restatement (found by a new user: a TA was sent to the wrong line). Such a ≈ step is not
 * checked, with the earlier line named; it is never refuted there.
 */
final class RestatedResults {
  private RestatedResults() {}

  static StepVerdict verdict(DocumentRun run, int line, Relation rel, String rawL, String rawR,
      StepVerdict v) {
    if (!(v instanceof StepVerdict.Refuted f) || rel != Relation.APPROX) {
      return v;
    }
    String left = rawL.strip();
    String right = rawR.strip();
    List<StepResult> out = run.out;
    for (int i = 0; i < out.size(); i++) {
      StepResult start = out.get(i);
      if (start.line() >= line || !start.lhs().strip().equals(left)) {
        continue;
      }
      for (int j = i; j < out.size() && out.get(j).line() == start.line(); j++) {
        StepResult link = out.get(j);
        if (!(link.verdict() instanceof StepVerdict.Proved)) {
          break; // only a chain whose every link held carries its result
        }
        if (link.rhs() != null && link.rhs().strip().equals(right) && j > i) {
          return new StepVerdict.NotChecked("restates the result of line " + start.line()
              + ", which the text computed there from rounded values; as written the left side"
              + " is " + Digits.format(f.lhs(), Digits.toTell(f.lhs(), f.rhs())) + " (check the"
              + " rounding on line " + start.line() + ")");
        }
      }
    }
    return v;
  }
}
