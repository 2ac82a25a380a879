package gradlab.math;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Approximate numbers multiplied in decimal where the double product lost them: 1e308·10 was
 * ∞ (printed "Infinity") and 1e−400·2 was 0, though 1e308 and 1e−400 are read as decimals.
 * The product keeps the 16 significant digits a double literal has. Pure; thread-safe.
 */
final class DecimalReals {
  private static final MathContext KEPT = MathContext.DECIMAL64;

  private DecimalReals() {}

  /**
   * The product of reals and exact as a decimal when the double product v overflowed, or
   * underflowed to 0 with no zero factor, or a factor carries decimal digits a double cannot
   * hold; null when the double product stands (or a factor is itself ∞ or NaN).
   */
  static Real productIfDoubleLost(double v, List<Real> reals, Num exact) {
    boolean lost = !Double.isFinite(v) || v == 0 && !exact.isZero();
    for (Real r : reals) {
      if (r.digits() == null && !Double.isFinite(r.value())) {
        return null;
      }
      if (r.digits() == null && r.value() == 0) {
        return null; // a true 0 factor
      }
      lost |= r.digits() != null && !Double.isFinite(r.value()) || r.digits() != null
          && r.value() == 0;
    }
    if (!lost || exact.isZero()) {
      return null;
    }
    BigDecimal p = exact.toBigDecimal(KEPT);
    for (Real r : reals) {
      BigDecimal d = r.digits() != null ? r.digits() : new BigDecimal(Double.toString(r.value()));
      p = p.multiply(d, KEPT);
    }
    return Real.of(p.stripTrailingZeros());
  }
}
