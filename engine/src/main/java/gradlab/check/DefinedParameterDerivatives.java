package gradlab.check;

import gradlab.symbolic.FunctionRule;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code \frac{dF}{dx}} of a function of one parameter the text defines as a quantity: the focal
 * loss paper's {@code p_t = \sigma(yx)}, then {@code F(p_t) = -\log(p_t)} and
 * {@code \frac{dF}{dx} = y(p_t - 1)}. The derivative is of F at that quantity, d/dx F(p_t(x)),
 * by the chain rule; it was read as F′ at x ({@code F(x) = -\log x}, so −1/x), and the true
 * step was refuted (found by the thirteenth round, writing the paper's {@code \text{FL}} as F).
 * Where x is the parameter itself, or the parameter is no quantity of the text ({@code f(z) = z^2}
 * and {@code \frac{df}{dz}}), the derivative is f′ at the variable, as before. Where the body
 * reaches x other than through the parameter ({@code f(x) = a x^2}, {@code a = 3c}, then
 * {@code \frac{\partial f}{\partial c}}), ∂f/∂c is the partial of f(x) in c, not f′(c): the
 * rewrite read it as d/dc f(c) = 9c² and refuted the true 3x² (found by miss26); such a
 * derivative is left as written, for the readers of a partial by a body name. Stateless.
 */
final class DefinedParameterDerivatives {
  private static final Pattern PARTIAL = BareFunctionValues.PARTIAL;

  private DefinedParameterDerivatives() {}

  /** {@code side} with pd(f, x) of each unary function f of the text as d/dx of f applied. */
  static String rewrite(DocumentRun run, String side) {
    Matcher m = PARTIAL.matcher(side);
    return m.replaceAll(r -> {
      String f = r.group(1);
      String v = r.group(2);
      if (!run.unaryFunctions.contains(f) || run.ctx.defines(f)) {
        return Matcher.quoteReplacement(r.group());
      }
      String p = parameter(run, f);
      if (p != null && !p.equals(v) && BodyReach.reaches(run.ctx, f, p, v)) {
        return Matcher.quoteReplacement(r.group());
      }
      String at = p != null && !p.equals(v) && run.ctx.defines(p) ? p : v;
      return Matcher.quoteReplacement("dd(" + f + "(" + at + "), " + v + ")");
    });
  }

  /** The one parameter of the text's function {@code f}; null where it has not one. */
  private static String parameter(DocumentRun run, String f) {
    for (FunctionRule rule : run.ctx.functionRules()) {
      if (rule.name().equals(f) && rule.parameters().size() == 1) {
        return rule.parameters().get(0);
      }
    }
    return null;
  }
}
