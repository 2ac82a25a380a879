package gradlab.check;

import gradlab.symbolic.Expr;
import java.util.Map;

/**
 * π given a number by the text that cannot be the constant: a mixing weight or a prior
 * {@code \pi = 0.3}, a policy's probability. The text's π is then a quantity of its own, named
 * {@code piv} as π_k already is, and a bare {@code \pi} after it is that quantity. Before, the
 * point was bound under the engine's name of the constant, which every evaluator keeps as
 * 3.14159…, so a true {@code \pi x = 0.6} at π = 0.3, x = 2 was refuted. A number within 0.01
 * of 3.14159… ({@code \pi = 3.14}) is the constant recalled, and π stays the constant.
 */
final class TextPi {
  /** The engine's name of the text's π, shown as π ({@link LatexNames#readable}). */
  static final String NAME = "piv";
  private static final double CLOSE = 0.01;

  private TextPi() {}

  /** The name a point {@code head = value} binds: {@link #NAME} for π far from 3.14159…. */
  static String pointName(DocumentRun run, String head, String value) {
    if (!"Pi".equals(head)) {
      return head;
    }
    try {
      Expr e = run.engine.eval(value);
      double v = run.engine.numeric(e, Map.of());
      return Double.isFinite(v) && Math.abs(v - Math.PI) > CLOSE ? NAME : head;
    } catch (RuntimeException e) {
      return head; // not a number the engine reads: π stays the constant
    }
  }

  /**
   * A plain-text term with the text's π: a lone π (the head of {@code π = 0.3}) is the quantity,
   * and so is every π after the text has given it a number far from 3.14159…; otherwise the
   * term is unchanged and π is the constant.
   */
  static String plain(DocumentRun run, String typed) {
    if (typed.indexOf('π') < 0) {
      return typed;
    }
    if (typed.strip().equals("π")) {
      return NAME;
    }
    var value = run.ctx.point().get(NAME);
    if (value == null) {
      return typed;
    }
    try {
      double v = run.engine.numeric(value, Map.of());
      return Double.isFinite(v) && Math.abs(v - Math.PI) > CLOSE
          ? typed.replace("π", "(" + NAME + ")") : typed;
    } catch (RuntimeException e) {
      return typed;
    }
  }
}
