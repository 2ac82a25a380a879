package gradlab.symbolic;

import gradlab.math.EarnedDigits;
import gradlab.math.Environment;
import gradlab.math.Expression;
import gradlab.math.NodeCount;
import gradlab.math.Numeric;
import gradlab.math.PreciseNumeric;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The value of an expression at a point, as a double ({@code Lab.num}, {@code lab.num}): in
 * double precision with {@code Math.exp} for eˣ and the catalogue's stable forms (σ, softplus,
 * …), unless that lost the number (0, ±∞, NaN or a domain error from an intermediate that
 * overflowed: log σ(−800) is −800, not log 0) or, for a small expression, is more than a few
 * ulps from a 30-digit evaluation (cancellation); then the value is computed at 17 earned
 * digits, as the console's {@code N} does, and rounded to the nearest double (σ(−800) is
 * 3.7·10⁻³⁴⁸: 0.0).
 * The point's doubles are taken exactly. Pure; thread-safe.
 */
final class PointValue {
  private static final int DIGITS = 17;
  /** How far a double may be from the 30-digit value: the rounding of a few operations. */
  private static final int ULPS = 4;
  /** Above this many distinct nodes the 30-digit cross-check is skipped. */
  private static final int CROSS_CHECKED_NODES = 400;

  private PointValue() {}

  static double at(Expression f, Map<String, Double> point) {
    double d;
    RuntimeException failure = null;
    try {
      d = Numeric.value(f, point, Environment.EMPTY);
    } catch (ArithmeticException | IllegalArgumentException e) {
      d = Double.NaN;
      failure = e;
    }
    if (failure instanceof IllegalArgumentException) {
      throw failure; // a name without a value: no precision gives it one
    }
    Map<String, BigDecimal> exact = new LinkedHashMap<>();
    point.forEach((k, v) -> {
      if (Double.isFinite(v)) {
        exact.put(k, new BigDecimal(v));
      }
    });
    if (d != 0 && Double.isFinite(d) && confirmed(d, f, exact)) {
      return d;
    }
    EarnedDigits.Earned earned;
    try {
      earned = EarnedDigits.value(f, exact, Environment.EMPTY, DIGITS);
    } catch (RuntimeException precise) {
      if (failure != null) {
        throw failure; // undefined at any precision: the double evaluation's error says why
      }
      return d;
    }
    if (earned instanceof EarnedDigits.Digits got) {
      return got.value().doubleValue();
    }
    if (earned instanceof EarnedDigits.Below b && (b.zero() || b.exponent() < -400)) {
      return 0.0; // 0 at every precision, or below the smallest double
    }
    if (failure != null) {
      throw failure;
    }
    return d;
  }

  /**
   * True if the double is within {@link #ULPS} ulps of a 30-digit evaluation, or that is too
   * dear or impossible. log(1 + e⁻³⁰), the form softplus(−30) is written out to, kept 3 digits
   * in double (9.348·10⁻¹⁴ for 9.358·10⁻¹⁴).
   */
  private static boolean confirmed(double d, Expression f, Map<String, BigDecimal> exact) {
    if (NodeCount.distinct(f) > CROSS_CHECKED_NODES) {
      return true;
    }
    try {
      BigDecimal precise = PreciseNumeric.value(f, exact, Environment.EMPTY, 30);
      return new BigDecimal(d).subtract(precise).abs().compareTo(
          new BigDecimal(ULPS * Math.ulp(d))) <= 0;
    } catch (RuntimeException e) {
      return true; // no 30-digit value to compare with: the double stands
    }
  }
}
