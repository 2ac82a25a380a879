package gradlab.verdict;

import java.util.Arrays;

/**
 * How far repeated measurements of one quantity scatter: (max − min) / min, so 10 000 and 11 500
 * examples/s have a spread of 15 %. A benchmark whose rounds scatter more than its threshold has
 * no verdict: the machine was too noisy.
 */
public final class Spread {
  /** The threshold of {@code bench mnist --against pytorch}: 15 %. */
  public static final double NOISE_LIMIT = 0.15;

  private Spread() {}

  /**
   * (max − min) / min of positive measurements; 0 for a single one.
   *
   * @throws IllegalArgumentException if there are none, or one is not a positive number
   */
  public static double relative(double... values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("spread of no measurements");
    }
    for (double v : values) {
      if (!(v > 0) || Double.isInfinite(v)) {
        throw new IllegalArgumentException("spread: measurement " + v + " is not a positive "
            + "number (all: " + Arrays.toString(values) + ")");
      }
    }
    double min = Arrays.stream(values).min().orElseThrow();
    double max = Arrays.stream(values).max().orElseThrow();
    return (max - min) / min;
  }

  /** True when the spread of {@code values} exceeds {@code limit} (a fraction: 0.15 for 15 %). */
  public static boolean tooNoisy(double limit, double... values) {
    return relative(values) > limit;
  }
}
