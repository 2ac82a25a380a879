package gradlab.check;

import gradlab.symbolic.Expr;
import gradlab.symbolic.SymbolicEngine;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A claim "side = number" whose other side depends only on names the text gave a range is a
 * claim for that whole range only where that side is one number over it. ArcFace's "with $0 \le
 * \theta \le \pi$", then "a sample whose target cosine is $c = 0.8$" of c = cos θ, was refuted at
 * θ = 1.83, inside the range: the text picks a θ there, it does not say cos θ = 0.8 for every θ
 * (held18). Where the side takes two values inside the range the step is a value the text does
 * not state; a side that is one number over the range (relu(x)/x for x > 0) and differs from the
 * other is refuted as before.
 */
final class RangedValueClaims {
  private RangedValueClaims() {}

  /**
   * Whether the step is a claim over the ranges the text gave {@code names}, its one-sided names:
   * each has a range, and {@code side}, the side they are on, is one number over them.
   */
  static boolean over(SymbolicEngine engine, CheckContext ctx, Set<String> names, Expr side) {
    return VarianceNames.statedRanges(ctx.domain()).containsAll(names)
        && constantOverRange(engine, side, names, ctx);
  }

  /** Whether {@code side} is one number where each of {@code names} runs over its range. */
  private static boolean constantOverRange(SymbolicEngine engine, Expr side, Set<String> names,
      CheckContext ctx) {
    Random random = new Random(17);
    Double first = null;
    for (int k = 0; k < 8; k++) {
      Map<String, Double> p = new LinkedHashMap<>();
      for (String n : names) {
        double[] i = ctx.domain().intervals().get(n);
        if (i == null) {
          return true;
        }
        p.put(n, i[0] + (i[1] - i[0]) * (0.05 + 0.9 * random.nextDouble()));
      }
      double a;
      try {
        a = engine.numeric(side, p);
      } catch (RuntimeException ex) {
        return true;
      }
      if (!Double.isFinite(a)) {
        continue;
      }
      if (first != null && Math.abs(a - first) > 1e-9 * (1 + Math.abs(first))) {
        return false;
      }
      first = first == null ? a : first;
    }
    return true;
  }
}
