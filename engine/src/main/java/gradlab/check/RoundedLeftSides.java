package gradlab.check;

import java.math.BigDecimal;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * A left side of = that fails as written but meets the right side once its decimals written
 * with a trailing zero are read as rounded intermediates: Bishop's mixture density network
 * "$0.11920 \cdot \frac{2 - 0}{1} = 0.23841$", where 0.11920 is 1 − 0.88080 rounded (the exact
 * 0.119203 · 2 is 0.238406). A trailing zero writes a fixed number of places, the mark of a
 * rounded figure; with 0.11920 taken as exact the product is 0.23840 and the step was refuted
 * in a correct file (held17). Which reading is meant the text does not say, so the step is not
 * checked, as the same step under ≈ is ({@link RoundedSteps#ROUNDED_ONLY}). Every other decimal
 * of the left stays exact under = (2 · 1.6036 + 1 = 4.2071 and 3 · 0.25 = 0.74 are refuted), and
 * a slip larger than the rounding is still refuted. Stateless.
 */
final class RoundedLeftSides {
  private RoundedLeftSides() {}

  /**
   * "Not checked" where the widened left side meets {@code right} (the right side's rounding
   * range, {@code rightText} as shown), or null where it does not.
   */
  static StepVerdict notRefuted(String lhs, Set<BigDecimal> stated,
      ToDoubleFunction<String> value, double[] right, double slack, String rightText) {
    String rounded = onlyTrailingZeros(RoundingRange.exactStated(lhs, stated));
    if (!RoundingRange.hasDecimals(rounded)) {
      return null;
    }
    double[] widened = RoundingRange.of(rounded, value);
    if (Double.isNaN(widened[0]) || widened[0] == widened[1]
        || widened[0] > right[1] + slack || right[0] > widened[1] + slack) {
      return null;
    }
    double asWritten = value.applyAsDouble(RoundingRange.exact(lhs));
    return new StepVerdict.NotChecked(RoundedSteps.ROUNDED_ONLY + ": as written the left is "
        + Digits.format(asWritten, Digits.toTell(asWritten, asWritten, right[0], right[1]))
        + ", and the right side to the digits written is " + rightText);
  }

  /** The side with every decimal but those of three or more digits ending in 0 made exact. */
  private static String onlyTrailingZeros(String side) {
    java.util.regex.Matcher m = RoundingRange.DECIMAL.matcher(side);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      boolean keep = m.group(2).endsWith("0") && RoundingRange.significantDigits(m) >= 3;
      m.appendReplacement(b, keep ? m.group() : RoundingRange.exact(m.group()));
    }
    m.appendTail(b);
    return b.toString();
  }
}
