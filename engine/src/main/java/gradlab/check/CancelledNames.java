package gradlab.check;

import gradlab.symbolic.Expr;
import java.util.Set;

/**
 * A name whose definition the reader did not take ({@link UntakenDefinitions}) blocks a step only
 * where the step's truth depends on it. In {@code w − η(g + λw) = (1 − λ)w − ηg}, with g from an
 * unread {@code \partial_w \mathcal{L}}, g cancels: the two sides differ by λw(η − 1) whatever g
 * is, and the wrong factor was "not checked" (a student). Where the difference of the sides, with
 * the text's definitions put in, has a zero derivative by each such name, and the step takes no
 * derivative (which might act through the name), the names do not block.
 */
final class CancelledNames {
  private CancelledNames() {}

  /** Whether every name of {@code untaken} that the step uses cancels out of it. */
  static boolean cancel(DocumentRun run, String lhs, String rhs, Set<String> untaken) {
    String sides = lhs + " " + rhs;
    if (untaken.isEmpty() || sides.matches("(?s).*(?<![A-Za-z0-9_])(?:pd|dd|D|diff|"
        + "Derivative|Integrate|Sum|Product)\\(.*")) {
      return false;
    }
    for (String n : untaken) {
      if (!cancels(run, lhs, rhs, n)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the difference of the sides, with the text's definitions put in, lacks the name. */
  static boolean cancels(DocumentRun run, String lhs, String rhs, String name) {
    try {
      return cancelsFrom(run, run.ctx.asDefinitions().inline(run.engine, run.engine.eval("("
          + lhs + ") - (" + rhs + ")")), name);
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * As {@link #cancels}, with the step's derivatives carried out under both readings of a
   * partial ({@link SideResolver}). Only for a name no derivative of the step acts through: one
   * whose definition writes none of the step's names ({@link GenericUnreadNames}).
   */
  static boolean cancelsAfterDerivatives(DocumentRun run, String lhs, String rhs, String name) {
    SideResolver sides = new SideResolver(run.engine);
    try {
      for (boolean local : new boolean[] {false, true}) {
        Expr difference = run.engine.eval("(" + sides.resolve(run.ctx, lhs, local).input() + ") - ("
            + sides.resolve(run.ctx, rhs, local).input() + ")");
        if (!cancelsFrom(run, difference, name)) {
          return false;
        }
      }
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static boolean cancelsFrom(DocumentRun run, Expr difference, String name) {
    if (!run.engine.freeSymbols(difference).contains(name)) {
      return true; // cancelled as the sides were put together
    }
    Expr d = run.engine.simplify(run.engine.diff(difference, name));
    return "0".equals(d.input().strip());
  }
}
