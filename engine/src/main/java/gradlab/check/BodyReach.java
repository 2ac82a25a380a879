package gradlab.check;

import gradlab.symbolic.Definition;
import gradlab.symbolic.Expr;
import gradlab.symbolic.FunctionRule;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether the body of a text's function reaches a name other than through its parameter: in the
 * body itself ({@code f(x) = a x^2} reaches a) or through the text's definitions of the names it
 * uses ({@code a = 3c} makes it reach c). The parameter's own definition is not followed (the
 * focal loss's {@code F(p_t)} with {@code p_t = \sigma(yx)} reaches x only through p_t, its
 * parameter). Stateless.
 */
final class BodyReach {
  private BodyReach() {}

  /** Whether the body of the text's function {@code f}, parameter {@code p}, reaches {@code v}. */
  static boolean reaches(CheckContext ctx, String f, String p, String v) {
    for (FunctionRule rule : ctx.functionRules()) {
      if (rule.name().equals(f)) {
        Set<String> seen = new HashSet<>(Set.of(p));
        return reaches(ctx, rule.body(), v, seen);
      }
    }
    return false;
  }

  private static boolean reaches(CheckContext ctx, Expr e, String v, Set<String> seen) {
    if (!e.isFreeOf(v)) {
      return true;
    }
    for (Definition d : ctx.definitions()) {
      if (!e.isFreeOf(d.name()) && seen.add(d.name()) && reaches(ctx, d.rhs(), v, seen)) {
        return true;
      }
    }
    return false;
  }
}
