package gradlab.check;

import gradlab.symbolic.Expr;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A claim the text states "for every z": z ranges over the reals (sampled in (−3, 3), where a
 * counterexample refutes it), also where a point z = 0 is named (a student's "i.e. $z = 0$"
 * after solving, then "hence $σ'(z) ≥ 1/4$ for every $z$"): the claim is checked with z free, and
 * the point holds again after it. At the point the wrong bound was ✓ "the sides are exactly
 * equal" (found by a new user).
 */
final class UniversalClaims {
  private UniversalClaims() {}

  /** Checks {@code seg} with the points of {@code names} lifted, then restores them. */
  static void checkInPlace(DocumentRun run, MarkdownMath.Segment seg, List<String> names) {
    List<String> engineNames = new java.util.ArrayList<>();
    for (String latex : names) {
      try {
        engineNames.add(LatexReader.read(latex).engineSyntax().strip());
      } catch (RuntimeException e) {
        // not a name the reader takes: nothing to lift
      }
    }
    withNamesFree(run, engineNames, () -> DisplayBlock.check(run, seg.line(), seg.latex(),
        false));
  }

  /** Runs {@code check} with {@code names} free over the reals, then restores the context. */
  static void withNamesFree(DocumentRun run, List<String> names, Runnable check) {
    Map<String, Expr> lifted = new LinkedHashMap<>();
    gradlab.symbolic.Domain before = run.ctx.domain();
    for (String name : names) {
      if (!run.ctx.domain().intervals().containsKey(name)) { // every real: a sample refutes
        run.ctx = run.ctx.withDomain(run.ctx.domain().with(name, -3, 3));
      }
      Expr value = run.ctx.point().get(name);
      if (value != null) {
        lifted.put(name, value);
        run.ctx = run.ctx.withoutPoint(name);
      }
    }
    check.run();
    run.ctx = run.ctx.withDomain(before);
    lifted.forEach((n, v) -> run.ctx = run.ctx.withPoint(n, v));
  }
}
