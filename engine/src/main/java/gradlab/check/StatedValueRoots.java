package gradlab.check;

import gradlab.symbolic.Expr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A refutation held back by a value claim in one name ({@link StatedValueClaims}) is checked
 * where that claim holds: Girshick's smooth L1 "the two pieces meet at |x| = 1", then
 * "d/dx (0.5 x²) = 0.5 x", was "not checked: it fails only where |x| = 1 does not hold" though
 * it fails at x = 1 and at x = −1 as well (held19). The claim's roots in [−10, 10] are found
 * numerically; where the step fails at every one of them, and every other such claim holds
 * there, it is refuted at the first. A step that holds at one root stays "not checked".
 */
final class StatedValueRoots {
  private static final double LO = -10;
  private static final double HI = 10;
  private static final int STEPS = 2000;
  private static final int MOST = 8;

  private StatedValueRoots() {}

  /** The refutation at a root of {@code c}, or null. */
  static StepVerdict.Refuted atRoots(DocumentRun run, PremiseLedger.Claim c, String lhs,
      String rhs, StepVerdict.Refuted f, List<PremiseLedger.Claim> others) {
    Expr cl = run.checker.resolve(c.ctx(), c.lhs(), true);
    Expr cr = run.checker.resolve(c.ctx(), c.rhs(), true);
    java.util.Set<String> free = new java.util.HashSet<>(run.engine.freeSymbols(cl));
    free.addAll(run.engine.freeSymbols(cr));
    if (free.size() != 1) {
      return null;
    }
    String s = free.iterator().next();
    Map<String, Double> at = new HashMap<>(f.point());
    List<Double> roots = roots(run, cl, cr, s, at);
    if (roots.isEmpty() || roots.size() > MOST) {
      return null;
    }
    Expr l = run.checker.resolve(run.ctx, lhs, true);
    Expr r = run.checker.resolve(run.ctx, rhs, true);
    StepVerdict.Refuted first = null;
    for (double root : roots) {
      at.put(s, root);
      double a = run.engine.numeric(l, at);
      double b = run.engine.numeric(r, at);
      if (!Double.isFinite(a) || !Double.isFinite(b)
          || Math.abs(a - b) <= 1e-6 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)))
          || others.stream().anyMatch(o -> StatedValueClaims.failsAt(run, o, at))) {
        return null; // it holds (or is not a number) at a point the claim allows
      }
      if (first == null) {
        first = new StepVerdict.Refuted(Map.copyOf(at), a, b,
            "where line " + c.line() + " holds");
      }
    }
    return first;
  }

  private static List<Double> roots(DocumentRun run, Expr l, Expr r, String s,
      Map<String, Double> point) {
    Map<String, Double> at = new HashMap<>(point);
    List<Double> out = new ArrayList<>();
    double prevX = LO;
    double prev = gap(run, l, r, s, prevX, at);
    for (int i = 1; i <= STEPS && out.size() <= MOST; i++) {
      double x = LO + (HI - LO) * i / STEPS;
      double g = gap(run, l, r, s, x, at);
      if (Double.isFinite(prev) && Double.isFinite(g) && (prev == 0 || prev * g < 0)) {
        double root = Bisection.root(m -> gap(run, l, r, s, m, at), prevX, x, prev, 60);
        if (Math.abs(gap(run, l, r, s, root, at)) < 1e-9 && (out.isEmpty()
            || Math.abs(out.get(out.size() - 1) - root) > 1e-9)) {
          out.add(root); // a sign change across a pole is no root
        }
      }
      prevX = x;
      prev = g;
    }
    return out;
  }

  private static double gap(DocumentRun run, Expr l, Expr r, String s, double x,
      Map<String, Double> at) {
    at.put(s, x);
    try {
      return run.engine.numeric(l, at) - run.engine.numeric(r, at);
    } catch (RuntimeException e) {
      return Double.NaN;
    }
  }
}
