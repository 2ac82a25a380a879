package gradlab.check;

import java.util.regex.Pattern;

/**
 * A value given in one part of an exam applied to a quantity defined in an earlier part: Q1
 * defines y = sigmoid(w*x + b) at w = 2, x = 1, b = −1, Q2 says "tanh'(x) = 1 − tanh(x)^2, so at
 * x = 0 the slope is 1", and the closing "Answer: dy/dw ≈ 0.197" (Q1's answer, true) was
 * refuted at Q2's x = 0 (found by the lead as a new user). Where a refutation rests on a value
 * stated in the current part for a name the step does not write, reached only through a
 * definition made before the part's label, which x is meant is not written: "not checked".
 * Only after an exam's part labels, whose parts are separate questions; a section heading such
 * as "## Example" evaluates the text's own definitions, and its refutations stand. Stateless.
 */
final class EarlierPartPoints {
  private EarlierPartPoints() {}

  /** {@code v}, or "not checked" where it is a refutation that uses another part's value. */
  static StepVerdict guard(DocumentRun run, String lhs, String rhs, StepVerdict v) {
    if (!(v instanceof StepVerdict.Refuted r) || !run.sections.inLabelledPart()) {
      return v;
    }
    for (String name : r.point().keySet()) {
      Pattern written = Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(name)
          + "(?![A-Za-z0-9_])");
      if (!run.ctx.point().containsKey(name) || written.matcher(lhs + " " + rhs).find()) {
        continue;
      }
      String earlier = run.ctx.definitions().stream().filter(d ->
          run.sections.fromEarlierPart(d.name(), run.ctx)
          && run.engine.freeSymbols(d.rhs()).contains(name)).map(d -> d.name()).findFirst()
          .orElse(null);
      if (earlier != null) {
        return new StepVerdict.NotChecked("the value of " + LatexNames.readable(name)
            + " stated in this part is applied to " + LatexNames.readable(earlier) + ", defined "
            + "in an earlier part: which " + LatexNames.readable(name) + " is meant is not "
            + "written; it " + r.evidence().replaceFirst("^refuted", "fails"));
      }
    }
    return v;
  }
}
