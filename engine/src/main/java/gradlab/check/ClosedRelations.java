package gradlab.check;

import java.util.List;
import java.util.Map;

/**
 * A relation that leaves nothing to suppose: both sides, read through the text's definitions and
 * functions and the catalogue, are numbers ({@code σ′(0) = 0.5} after σ is defined). Such a
 * relation is a claim even after "where", "if" or "with": it introduces no value of a free name,
 * so listing it as an assumption would hide a false value from the totals (a new user's
 * "the maximum is at $z = 0$ where $\sigma'(0) = 0.5$" passed with exit 0). One with a free name
 * ("where $\sigma(z) = 2$", "if $f(0) = 1$" of an undefined f) stays an assumption. In a
 * sentence that named a point, the point is put in: "Its maximum is at $x = 1/\sqrt{2}$, where
 * $f(x) = e^{-1/2}/\sqrt{2}$" states f's value there, a claim (it was an assumption, and the
 * point then outlived the sentence).
 */
final class ClosedRelations {
  private ClosedRelations() {}

  /** Whether both engine sides evaluate to numbers with no value supplied from outside. */
  static boolean closed(DocumentRun run, List<String> terms) {
    if (terms.size() != 2 || terms.get(0) == null || terms.get(1) == null) {
      return false;
    }
    SideResolver sides = new SideResolver(run.engine);
    try {
      for (String t : terms) {
        var side = sides.resolve(run.ctx, t, false);
        if (run.sentence.namedPoint() && !run.ctx.point().isEmpty()) {
          side = run.engine.substitute(side, run.ctx.point()); // "at $x = 1/√2$, where $f(x) = …$"
        }
        double v = run.engine.numeric(side, Map.of());
        if (!Double.isFinite(v)) {
          return false;
        }
      }
      return true;
    } catch (RuntimeException e) { // a free name, an undefined function, an unreadable side
      return false;
    }
  }
}
