package gradlab.verdict;

import java.util.Locale;

/** Whether measured values agree with predicted ones within a relative tolerance. */
public final class Agreement {
  private Agreement() {}

  /** |measured − predicted| / |predicted|; predicted must not be 0. */
  public static double relativeDeviation(double measured, double predicted) {
    if (predicted == 0 || Double.isNaN(predicted)) {
      throw new IllegalArgumentException("relative deviation from " + predicted);
    }
    return Math.abs(measured - predicted) / Math.abs(predicted);
  }

  /**
   * "agree to within 3.8 % (tolerance 10 %)" or "differ by up to 12.0 %, more than the 10 %
   * tolerance", for the largest relative deviation {@code worst} (fractions).
   */
  public static String describe(double worst, double tolerance) {
    return worst <= tolerance
        ? String.format(Locale.ROOT, "agree to within %.1f %% (tolerance %.0f %%)", 100 * worst,
            100 * tolerance)
        : String.format(Locale.ROOT, "differ by up to %.1f %%, more than the %.0f %% tolerance",
            100 * worst, 100 * tolerance);
  }

  /**
   * Which of two candidates a stated figure is closer to: true when |stated − candidate| &lt;
   * |stated − other|.
   */
  public static boolean closerTo(double stated, double candidate, double other) {
    return Math.abs(stated - candidate) < Math.abs(stated - other);
  }

  /**
   * "stays within 10 % of" or "drifts to 0.41 times" for a ratio last/first against a tolerance
   * (a fraction: 0.1 accepts ratios in [1/1.1, 1.1]).
   */
  public static String drift(double ratio, double tolerance) {
    return Math.abs(Math.log(ratio)) <= Math.log1p(tolerance)
        ? String.format(Locale.ROOT, "stays within %.0f %% of", 100 * tolerance)
        : String.format(Locale.ROOT, "drifts to %.2g times", ratio);
  }
}
