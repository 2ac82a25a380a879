package gradlab.verdict;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Whether a benchmark met a speed goal in every round it was measured: a goal of "at least
 * k× faster" is met when the lowest per-round ratio is ≥ k, a goal of "within t ms" when the
 * slowest round took ≤ t ms. A goal missed in one round is reported as missed, naming that
 * round, so that a lucky round never carries the claim.
 */
public final class SpeedGoal {
  private SpeedGoal() {}

  /**
   * "goal ≥ 10× faster: met in every round (lowest ratio 56.3×)" or "goal ≥ 10× faster: NOT
   * met (8.2× in round 2)", for per-round speed ratios (≥ 1 means faster).
   *
   * @throws IllegalArgumentException if there are no ratios, or one is not positive
   */
  public static String factor(double goal, double[] ratios) {
    int worst = worst(ratios, true);
    String head = "goal ≥ " + number(goal, RoundingMode.DOWN) + "× faster: ";
    if (ratios[worst] >= goal) {
      return head + (ratios.length == 1 ? "met" : "met in every round") + " (lowest ratio "
          + number(ratios[worst], RoundingMode.DOWN) + "×)";
    }
    return head + "NOT met (" + number(ratios[worst], RoundingMode.DOWN) + "× in round " + (worst + 1) + ")";
  }

  /**
   * "goal ≤ 10 ms: met in every round (slowest 9.41 ms)" or "goal ≤ 10 ms: NOT met (12.3 ms in
   * round 2)", for per-round times in milliseconds.
   *
   * @throws IllegalArgumentException if there are no times, or one is not positive
   */
  public static String within(double limitMs, double[] ms) {
    int worst = worst(ms, false);
    String head = "goal ≤ " + number(limitMs, RoundingMode.UP) + " ms: ";
    if (ms[worst] <= limitMs) {
      return head + (ms.length == 1 ? "met" : "met in every round") + " (slowest "
          + number(ms[worst], RoundingMode.UP) + " ms)";
    }
    return head + "NOT met (" + number(ms[worst], RoundingMode.UP) + " ms in round " + (worst + 1) + ")";
  }

  private static int worst(double[] values, boolean lowest) {
    if (values.length == 0) {
      throw new IllegalArgumentException("speed goal of no measurements");
    }
    int worst = 0;
    for (int i = 0; i < values.length; i++) {
      if (!(values[i] > 0) || Double.isInfinite(values[i])) {
        throw new IllegalArgumentException("speed goal: measurement " + values[i]
            + " is not a positive number");
      }
      if (lowest ? values[i] < values[worst] : values[i] > values[worst]) {
        worst = i;
      }
    }
    return worst;
  }

  /**
   * Three significant digits (whole numbers from 100 on), no exponent, rounded in the given
   * direction: ratios down and times up, so that a goal shown as met is met by the digits
   * shown, and one missed never shows the goal's own value (9.996× is 9.99×, 10.004 ms 10.1).
   */
  static String number(double x, RoundingMode mode) {
    BigDecimal b = BigDecimal.valueOf(x);
    return (x >= 100 ? b.setScale(0, mode) : b.round(new MathContext(3, mode)))
        .stripTrailingZeros().toPlainString();
  }
}
