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
    try {
      Expr difference = run.ctx.asDefinitions().inline(run.engine, run.engine.eval("(" + lhs
          + ") - (" + rhs + ")"));
      Set<String> free = run.engine.freeSymbols(difference);
      for (String n : untaken) {
        if (!free.contains(n)) {
          continue; // cancelled as the sides were put together
        }
        Expr d = run.engine.simplify(run.engine.diff(difference, n));
        if (!"0".equals(d.input().strip())) {
          return false;
        }
      }
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
