package gradlab.check;

import gradlab.symbolic.Definition;
import gradlab.symbolic.Expr;
import gradlab.symbolic.FunctionRule;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How the body of a text's function depends on a name v through the text's definitions, from
 * one walk: the names that move with v ({@link #movers}), those whose definition or restatement
 * uses v, directly or through another such name. Two questions are answered from it: whether the
 * body reaches v other than through its parameter ({@code f(x) = a x^2} reaches a, and with
 * {@code a = 3c} reaches c; the parameter's own definition is not followed, so the focal loss's
 * {@code F(p_t)} with {@code p_t = \sigma(yx)} reaches x only through p_t), and whether v is a
 * name of the body alone, that nothing else the text defines moves with
 * ({@link BodyNamePartials}). The two were separate walks, one forward from the body and one over
 * every definition (the review of the twenty-sixth round); a restatement that uses v now makes
 * the body reach v for both. Stateless.
 */
final class BodyReach {
  private BodyReach() {}

  /** Whether the body of the text's function {@code f}, parameter {@code p}, reaches {@code v}. */
  static boolean reaches(CheckContext ctx, String f, String p, String v) {
    for (FunctionRule rule : ctx.functionRules()) {
      if (rule.name().equals(f)) {
        Expr body = rule.body();
        return !body.isFreeOf(v) || movers(ctx, v, p).stream().anyMatch(n -> !body.isFreeOf(n));
      }
    }
    return false;
  }

  /** Whether {@code rule}'s body uses {@code v} and no definition or restatement does. */
  static boolean bodyAlone(CheckContext ctx, FunctionRule rule, String v) {
    return !rule.body().isFreeOf(v) && movers(ctx, v, null).isEmpty();
  }

  /**
   * The names of the text that move with {@code v}: each whose definition or restatement uses v
   * or another such name; never {@code held} (a parameter, whose definition is not followed).
   */
  private static Set<String> movers(CheckContext ctx, String v, String held) {
    List<Definition> all = new ArrayList<>(ctx.definitions());
    all.addAll(ctx.restatements());
    Set<String> moved = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(v));
    while (!todo.isEmpty()) {
      String n = todo.pop();
      for (Definition d : all) {
        if (!d.name().equals(held) && !d.rhs().isFreeOf(n) && moved.add(d.name())) {
          todo.push(d.name());
        }
      }
    }
    return moved;
  }
}
