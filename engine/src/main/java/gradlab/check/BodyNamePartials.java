package gradlab.check;

import gradlab.symbolic.FunctionRule;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ∂f/∂v of a function the text defines, with v a name its body uses that is not one of its
 * parameters: Hadsell, Chopra and LeCun's contrastive loss {@code L(W, Y, X_1, X_2) = (1 - Y)
 * \frac{1}{2} (D_W)^2 + (Y) \frac{1}{2} \{\max(0, m - D_W)\}^2}, then {@code \frac{\partial
 * L}{\partial D_W} = (1 - Y) D_W - Y (m - D_W)}. The parameters enter through D_W, which the text
 * defines in a form the checker does not read; ∂L/∂D_W was read as the derivative of an
 * unknown quantity ("∂L/∂D_W is not defined in the text"), so a wrong sign was never checked.
 *
 * <p>It is the derivative of f at its parameters in v, every other name held (the partial the
 * text writes), and is read so only where that is the one reading: v is a free name of the body,
 * no parameter, no function of the text, not defined by the text, and no definition of the text
 * uses it (so no other name of the body moves with v; {@link BodyReach}, one walk with the
 * reach of a one-parameter function's body). Stateless.
 */
final class BodyNamePartials {
  private static final Pattern PARTIAL = BareFunctionValues.PARTIAL;

  private BodyNamePartials() {}

  /** Whether a side takes ∂f/∂v of the text's function {@code rule} by such a name v. */
  static boolean takes(String[] sides, FunctionRule rule, CheckContext ctx) {
    for (String side : sides) {
      Matcher m = PARTIAL.matcher(side);
      while (m.find()) {
        String v = m.group(2);
        if (m.group(1).equals(rule.name()) && bodyName(rule, v, ctx)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * {@code side} with each ∂f/∂v by such a name as d/dv of f at its parameters, {@code call}; of
   * a function of one parameter too, where it had been read as through the parameter
   * ({@link DefinedParameterDerivatives}): ∂f/∂a = x² of f(x) = a x² + b was refuted.
   */
  static String read(String side, FunctionRule rule, CheckContext ctx, String call) {
    return PARTIAL.matcher(side).replaceAll(m -> Matcher.quoteReplacement(
        m.group(1).equals(rule.name()) && bodyName(rule, m.group(2), ctx)
            ? "dd(" + call + ", " + m.group(2) + ")" : m.group()));
  }

  private static boolean bodyName(FunctionRule rule, String v, CheckContext ctx) {
    return !v.equals(rule.name()) && !rule.parameters().contains(v) && !ctx.defines(v)
        && ctx.functionRules().stream().noneMatch(r -> r.name().equals(v))
        && BodyReach.bodyAlone(ctx, rule, v);
  }
}
