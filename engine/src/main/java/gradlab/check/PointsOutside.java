package gradlab.check;

/**
 * A condition on a name ends that name's point where the point lies outside it: after "At
 * $x = 0$ the ReLU has a kink", "For $x > 0$, $\operatorname{ReLU}'(x) = 1$" speaks of positive
 * x, and was refuted at x = 0 (found by a lecturer). A point inside the condition is kept: "at
 * $x = 2$ … for $x > 0$" may still mean x = 2, and reading it generally could refute a step
 * that holds only there.
 */
final class PointsOutside {
  private PointsOutside() {}

  /** Drops {@code name}'s point (and the values computed at it) when it is outside the range. */
  static void endInPlace(DocumentRun run, String name, Double lo, boolean loOpen, Double hi,
      boolean hiOpen) {
    var value = run.ctx.point().get(name);
    if (value != null && outside(run, value, lo, loOpen, hi, hiOpen)) {
      run.earlierPoints.endInPlace(run, name); // the condition excludes it: not meant later
    }
    // a value given in a scope that has ended is not meant under a condition that excludes it
    // either: "For x > 0, d/dx x² = 3x" is wrong for every x > 0, not "fine at x = 0"
    run.earlierPoints.valueOf(name).filter(v -> outside(run, v, lo, loOpen, hi, hiOpen))
        .ifPresent(v -> run.earlierPoints.forgetInPlace(name));
  }

  private static boolean outside(DocumentRun run, gradlab.symbolic.Expr value, Double lo,
      boolean loOpen, Double hi, boolean hiOpen) {
    try {
      return outside(run.engine.numeric(value, java.util.Map.of()), lo, loOpen, hi, hiOpen);
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Whether {@code v} violates lo &lt; v &lt; hi (with ≤ where the ends are closed). */
  static boolean outside(double v, Double lo, boolean loOpen, Double hi, boolean hiOpen) {
    boolean below = lo != null && (loOpen ? v <= lo : v < lo);
    boolean above = hi != null && (hiOpen ? v >= hi : v > hi);
    return below || above;
  }
}
