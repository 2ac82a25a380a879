package gradlab.check;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How many significant digits a report needs so that numbers which differ are printed
 * differently: a refutation that prints "left = 0.186816, right = 0.186816" tells the reader
 * nothing. Six digits at least, seventeen at most (a double's full precision).
 */
final class Digits {
  static final int MIN = 6;
  static final int MAX = 17;

  private Digits() {}

  /** {@code v} to six significant digits without trailing zeros: -6, 0.6, 0.333333. */
  static String compact(double v) {
    return new java.math.BigDecimal(v, new java.math.MathContext(6)).stripTrailingZeros()
        .toPlainString();
  }

  /** The fewest significant digits, from {@link #MIN}, at which the distinct values differ. */
  static int toTell(double... values) {
    Set<Double> distinct = new HashSet<>();
    for (double v : values) { // 1 − 0.9² is 0.18999999999999995: float noise, not a difference
      if (distinct.stream().noneMatch(d -> Math.abs(d - v) <= 1e-12 * Math.max(Math.abs(d),
          Math.abs(v)))) {
        distinct.add(v);
      }
    }
    for (int n = MIN; n < MAX; n++) {
      Set<String> printed = new HashSet<>();
      for (double v : distinct) {
        printed.add(format(v, n));
      }
      if (printed.size() == distinct.size()) {
        return n;
      }
    }
    return MAX;
  }

  static String format(double v, int digits) {
    // −0.0 (a ReLU slope 0 times a negative weight) is shown as 0, not "-0.00000"
    return String.format(Locale.ROOT, "%." + digits + "g", v == 0 ? 0.0 : v);
  }
}
