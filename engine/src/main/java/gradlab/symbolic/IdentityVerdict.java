package gradlab.symbolic;

import java.util.Map;

/** The answer to "is lhs = rhs?": proved, refuted with a counterexample, or unknown. */
public sealed interface IdentityVerdict {

  /** A short Unicode line for people. */
  String summary();

  /**
   * Proved equal.
   *
   * @param strategy what proved it (rewriting, exact arithmetic, radical elimination, …)
   * @param checkedPoints how many seeded random points also agreed numerically
   */
  record Proved(String strategy, int checkedPoints) implements IdentityVerdict {
    @Override
    public String summary() {
      return "✓ proved (" + strategy + "; agrees at " + checkedPoints + " random points)";
    }
  }

  /**
   * Not equal, with a point where the two sides differ, confirmed at 30 significant digits.
   *
   * @param point the counterexample
   * @param lhs the left side's value there
   * @param rhs the right side's value there
   */
  record Refuted(Map<String, Double> point, double lhs, double rhs) implements IdentityVerdict {
    @Override
    public String summary() {
      return "✗ refuted at " + point + ": left = " + lhs + ", right = " + rhs;
    }
  }

  /**
   * Equal at every sampled point where both sides had values, but not proved.
   *
   * @param checkedPoints number of seeded random points where both sides were compared (0 when
   *     neither could be evaluated)
   * @param tolerance the relative tolerance used
   * @param stopped whether the proof search ran out of its time (a longer budget may prove it)
   */
  record Unknown(int checkedPoints, double tolerance, boolean stopped) implements IdentityVerdict {
    public Unknown(int checkedPoints, double tolerance) {
      this(checkedPoints, tolerance, false);
    }

    @Override
    public String summary() {
      return "? unknown: equal at " + checkedPoints + " random points (rel. tol. " + tolerance
          + "), not proved" + (stopped ? " in the time allowed" : "");
    }
  }
}
