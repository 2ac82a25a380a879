package gradlab.verdict;

import java.util.Locale;

/**
 * The shape of a sequence of values, e.g. a loss curve: monotonically falling, rising to a peak
 * and falling, or neither.
 */
public final class Series {
  private Series() {}

  /** The index of the largest value (the first, on ties). */
  public static int peak(double[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }

  /** True when no value exceeds its predecessor. */
  public static boolean nonIncreasing(double[] values) {
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[i - 1]) {
        return false;
      }
    }
    return true;
  }

  /** True when values rise strictly up to {@code peak} and never rise after it. */
  static boolean risesThenFalls(double[] values, int peak) {
    for (int i = 1; i < values.length; i++) {
      if (i <= peak ? values[i] <= values[i - 1] : values[i] > values[i - 1]) {
        return false;
      }
    }
    return true;
  }

  /**
   * "decreases monotonically", "rises for 7 steps to 2.95, then falls", or "neither falls
   * monotonically nor rises to a single peak" (at least two values).
   */
  public static String shape(double[] values) {
    if (values.length < 2) {
      throw new IllegalArgumentException("shape of " + values.length + " value(s): needs two");
    }
    if (nonIncreasing(values)) {
      return "decreases monotonically";
    }
    int p = peak(values);
    if (p > 0 && p < values.length - 1 && risesThenFalls(values, p)) {
      return String.format(Locale.ROOT, "rises for %d steps to %.2f, then falls", p, values[p]);
    }
    if (p == values.length - 1 && risesThenFalls(values, p)) {
      return "rises at every step";
    }
    return "neither falls monotonically nor rises to a single peak";
  }

  /**
   * True when both sequences fall monotonically, or both rise strictly to a peak at the same
   * index and then never rise.
   */
  public static boolean sameShape(double[] a, double[] b) {
    if (nonIncreasing(a) || nonIncreasing(b)) {
      return nonIncreasing(a) && nonIncreasing(b);
    }
    int p = peak(a);
    return p == peak(b) && risesThenFalls(a, p) && risesThenFalls(b, p);
  }
}
