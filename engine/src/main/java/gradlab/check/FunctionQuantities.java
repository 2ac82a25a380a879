package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name the text defines as a function and then uses as a quantity: Parr and Howard's
 * {@code u_1(x) = x^2}, then {@code u_2(x, u_1)} and {@code \frac{\partial u_2}{\partial u_1}
 * = x}. As a quantity u₁ may be held fixed (the partial derivative the text takes) or be its
 * value u₁(x) = x²; a step that fails with u₁ held fixed may hold with its value, so such a step
 * is never refuted: it is "not checked", naming the two readings.
 */
final class FunctionQuantities {
  private FunctionQuantities() {}

  /** {@code v}, or "not checked" where it is a refutation and a side uses a function as a name. */
  static StepVerdict demote(DocumentRun run, String lhs, String rhs, StepVerdict v) {
    if (!(v instanceof StepVerdict.Refuted)) {
      return v;
    }
    for (String f : run.functions) {
      Matcher m = Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(f)
          + "(?![A-Za-z0-9('])").matcher(lhs + " ; " + rhs); // f'(x), f(x) are applications
      if (f.length() > 0 && m.find() && !run.ctx.defines(f)) {
        String shown = LatexNames.readable(f);
        return new StepVerdict.NotChecked(shown + " is a function the text defines and is used "
            + "here as a quantity: held fixed, the step fails (" + v.evidence() + "); as its "
            + "value " + shown + "(…) it may hold");
      }
    }
    return v;
  }
}
