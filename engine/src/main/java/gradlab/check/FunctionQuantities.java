package gradlab.check;

import gradlab.symbolic.FunctionRule;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name the text defines as a function and then uses as a quantity: Parr and Howard's
 * {@code u_1(x) = x^2}, then {@code u_2(x, u_1)} and {@code \frac{\partial u_2}{\partial u_1}
 * = x}, or {@code g_1(x) = x^2} and then {@code \frac{1}{g_1}2x = \frac{2}{x}}. As a quantity
 * u₁ may be held fixed (the partial derivative the text takes) or be its value u₁(x) = x². A
 * step that fails with u₁ held fixed is checked again with the value: where no side takes a
 * derivative and each such name is a function of one variable, the value reading decides
 * (proved, saying so, or refuted: then it fails under both readings); otherwise the step is
 * "not checked", naming the two readings. A function named by a capital the engine reserves
 * (the RBM's energy E(v, h)) is never such a name: the reader writes its uses cape(…), and a bare
 * E is Euler's e, as in e^{c + Wv} (a planted error was "not checked" for it, held17). A prime
 * typed as ′ or ’ (a phone's) is a derivative as ' is: f′(x) of f(x) = tanh(x²) was taken for f
 * held fixed, and a wrong f′(x) = 1 − tanh²(x²) was "not checked" (held21).
 */
final class FunctionQuantities {
  private FunctionQuantities() {}

  /** {@code v}, or "not checked" where it is a refutation and a side uses a function as a name. */
  static StepVerdict demote(DocumentRun run, String lhs, String rhs, StepVerdict v) {
    return demote(run, lhs, rhs, v, null);
  }

  /**
   * As {@link #demote(DocumentRun, String, String, StepVerdict)}, deciding the value reading
   * with {@code check} (engine syntax sides → verdict) where it applies; null: never.
   */
  static StepVerdict demote(DocumentRun run, String lhs, String rhs, StepVerdict v,
      BiFunction<String, String, StepVerdict> check) {
    boolean unstated = v instanceof StepVerdict.NotChecked n
        && n.reason().contains(StatedValueClaims.ONLY_FOR_VALUES); // 2x/g₁ = 2: which g₁?
    if (!(v instanceof StepVerdict.Refuted) && !(check != null && unstated)) {
      return v;
    }
    String l = lhs;
    String r = rhs;
    String first = null;
    boolean valued = check != null && !(lhs + rhs).matches("(?s).*\\b(?:pd|dd)\\(.*");
    for (String f : run.functions) {
      Pattern bare = Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(f)
          + "(?![A-Za-z0-9('′’])"); // f'(x), f′(x), f(x) are applications (f′ typed on a phone)
      if (f.length() > 0 && !LatexNames.safe(f).equals(f)) {
        continue; // E(v, h) = …: its uses are read cape(…); a bare E is Euler's e (held17)
      }
      if (f.length() > 0 && bare.matcher(lhs + " ; " + rhs).find() && !run.ctx.defines(f)) {
        first = first != null ? first : f;
        String parameter = parameter(run, f);
        valued &= parameter != null && Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(
            parameter) + "(?![A-Za-z0-9(])").matcher(lhs + " ; " + rhs).find(); // in x: g₁(x)
        if (parameter != null) {
          String call = Matcher.quoteReplacement(f + "(" + parameter + ")");
          l = bare.matcher(l).replaceAll(call);
          r = bare.matcher(r).replaceAll(call);
        }
      }
    }
    if (first == null || !(v instanceof StepVerdict.Refuted) && !valued) {
      return v;
    }
    String shown = LatexNames.readable(first);
    if (valued) {
      StepVerdict w = check.apply(l, r);
      if (w instanceof StepVerdict.Proved p) {
        return new StepVerdict.Proved(p.how() + ", reading " + shown + " as its value "
            + shown + "(" + LatexNames.readable(parameter(run, first)) + ")");
      }
      if (w instanceof StepVerdict.Refuted x) {
        return new StepVerdict.Refuted(x.point(), x.lhs(), x.rhs(), (x.detail().isEmpty() ? ""
            : x.detail() + "; ") + "with " + shown + " as its value " + shown + "("
            + LatexNames.readable(parameter(run, first)) + "); held fixed, "
            + (unstated ? "it holds only for a value of " + shown + " the text does not state"
            : "it fails too: " + v.evidence()));
      }
    }
    if (!(v instanceof StepVerdict.Refuted)) {
      return v; // neither reading decides
    }
    return new StepVerdict.NotChecked(shown + " is a function the text defines and is used "
        + "here as a quantity: held fixed, the step fails (" + v.evidence() + "); as its "
        + "value " + shown + "(…) it may hold");
  }

  /** The one parameter of the function {@code f} the text defines; null if not one. */
  private static String parameter(DocumentRun run, String f) {
    if (!run.unaryFunctions.contains(f)) {
      return null;
    }
    for (FunctionRule rule : run.ctx.functionRules()) {
      if (rule.name().equals(f) && rule.parameters().size() == 1) {
        return rule.parameters().get(0);
      }
    }
    return null;
  }
}
