package gradlab.verdict;

import java.math.BigDecimal;

/**
 * Whether a computed value agrees with a figure written to some number of digits: "0.45" stands
 * for every number in [0.445, 0.455]. Used to check a worked solution's rounded numbers.
 */
public final class Written {
  private Written() {}

  /** The number of decimals written in {@code figure} ("0.45" → 2, "7" → 0, "-0.004" → 3). */
  public static int decimals(String figure) {
    return Math.max(0, new BigDecimal(figure.strip()).scale());
  }

  /**
   * True when {@code value} rounds to {@code figure} at the figure's own number of decimals, that
   * is |value − figure| ≤ half a unit in its last place (with a relative slack of 1e-12 for the
   * binary representation of the half-way point).
   *
   * @throws NumberFormatException if {@code figure} is not a decimal number
   */
  public static boolean agrees(double value, String figure) {
    double written = Double.parseDouble(figure.strip());
    double half = Math.pow(10, -decimals(figure)) / 2;
    return Math.abs(value - written) <= half * (1 + 1e-12);
  }
}
