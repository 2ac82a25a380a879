package gradlab.symbolic;

import java.util.Map;

/**
 * The answer to "is lhs = rhs?": proved, refuted with a counterexample, or unknown. Each prints
 * as its {@link #summary()} (a script's {@code println(prove(…))} had shown the Java record).
 */
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

    @Override
    public String toString() {
      return summary();
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
      StringBuilder at = new StringBuilder();
      point.forEach((name, v) -> at.append(at.isEmpty() ? "" : ", ").append(name).append(" = ")
          .append(sixDigits(v)));
      return "✗ refuted at " + at + ": left = " + sixDigits(lhs) + ", right = "
          + sixDigits(rhs);
    }

    @Override
    public String toString() {
      return summary();
    }

    /** Six significant digits, trailing zeros dropped: 0.502498, 1, 2.5e-30. */
    static String sixDigits(double v) {
      if (!Double.isFinite(v)) {
        return String.valueOf(v);
      }
      String g = String.format(java.util.Locale.ROOT, "%.6g", v);
      int e = g.indexOf('e');
      String mantissa = e < 0 ? g : g.substring(0, e);
      if (mantissa.contains(".")) {
        mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
      }
      return e < 0 ? mantissa : mantissa + "e" + Integer.parseInt(g.substring(e + 1));
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

    @Override
    public String toString() {
      return summary();
    }
  }
}
