package gradlab.plot;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Axis tick labels as a person writes them: {@code 0.08}, {@code -3}, {@code 1E-7}, never the
 * floating-point noise of a computed tick ({@code 0.30000000000000004}) nor XChart's
 * {@code .08}. Stateless.
 */
final class TickLabels {
  /** Ticks are nice numbers; 10 significant digits drop the noise and keep every tick apart. */
  private static final MathContext DIGITS = new MathContext(10);

  private TickLabels() {}

  static String format(double v) {
    if (!Double.isFinite(v)) {
      return String.valueOf(v);
    }
    if (v == 0) {
      return "0";
    }
    BigDecimal d = new BigDecimal(v).round(DIGITS).stripTrailingZeros();
    double magnitude = Math.abs(v);
    return magnitude >= 1e-4 && magnitude < 1e7 ? d.toPlainString() : d.toString();
  }

  /**
   * Whether ticks on the data points of an evenly spaced series with this step would have long
   * labels: true for a step such as 12/299, false for 1 or 0.25.
   */
  static boolean awkwardStep(double step) {
    BigDecimal d = new BigDecimal(step).round(DIGITS).stripTrailingZeros();
    return d.precision() > 3;
  }
}
