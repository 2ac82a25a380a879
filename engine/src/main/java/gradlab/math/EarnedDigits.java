package gradlab.math;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The digits of a value that two evaluations at different precisions agree on: {@code N(f, d)}
 * shows only those. A fixed working precision lost numbers to cancellation: 1 − σ(100) at 30
 * digits is 1 − 0.999…9 = 0, printed as 0.000…0 (the value is 3.7·10⁻⁴⁴), and 1 − tanh(30) kept
 * 5 of 20 digits. Here the value is computed at d + 10 digits and again at about twice that,
 * doubling until two successive values agree to d significant digits or {@link #MAX_PRECISION}
 * is reached. Pure; thread-safe.
 */
public final class EarnedDigits {
  /** The most working digits tried: 1 − σ(1000) needs 450 more than the digits asked. */
  public static final int MAX_PRECISION = 1200;

  private EarnedDigits() {}

  /** What the evaluations earned. */
  public sealed interface Earned {}

  /**
   * A value with {@code certain} significant digits that every evaluation from {@code
   * precision / 2} to {@code precision} digits agreed on; {@code certain} may be below the digits
   * asked.
   */
  public record Digits(BigDecimal value, int certain, int precision) implements Earned {}

  /**
   * No digit agreed: every evaluation up to {@code precision} digits gave 0 ({@code zero}), or
   * values of magnitude below 10^{@code exponent} that did not agree: it may be 0.
   */
  public record Below(boolean zero, int exponent, int precision) implements Earned {}

  /** f at point to {@code digits} significant digits, as far as they are earned. */
  public static Earned value(Expression f, Map<String, BigDecimal> point, Environment env,
      int digits) {
    int p = digits + 10;
    BigDecimal previous = PreciseNumeric.value(f, point, env, p);
    int largest = Integer.MIN_VALUE;
    while (true) {
      int q = Math.min(MAX_PRECISION, 2 * p + 20);
      BigDecimal next = PreciseNumeric.value(f, point, env, q);
      int agreed = agreedDigits(previous, next, q);
      if (agreed >= digits) {
        return new Digits(next.round(new MathContext(digits, RoundingMode.HALF_EVEN)), digits,
            q);
      }
      largest = Math.max(largest, Math.max(exponent(previous), exponent(next)));
      if (q >= MAX_PRECISION || p >= MAX_PRECISION) {
        if (agreed > 0) {
          return new Digits(next.round(new MathContext(agreed, RoundingMode.HALF_EVEN)),
              agreed, q);
        }
        return new Below(largest == Integer.MIN_VALUE, largest + 1, q);
      }
      previous = next;
      p = q;
    }
  }

  /**
   * The significant digits of b that a confirms, one less than where they first differ (the
   * next digit may still round either way); 0 if either is 0.
   */
  static int agreedDigits(BigDecimal a, BigDecimal b, int precision) {
    if (a.signum() == 0 || b.signum() == 0 || a.signum() != b.signum()) {
      return 0;
    }
    BigDecimal diff = a.subtract(b);
    if (diff.signum() == 0) {
      return precision;
    }
    return Math.max(0, exponent(b) - exponent(diff) - 1);
  }

  /** ⌊log₁₀|x|⌋, or Integer.MIN_VALUE for 0. */
  private static int exponent(BigDecimal x) {
    return x.signum() == 0 ? Integer.MIN_VALUE : x.precision() - x.scale() - 1;
  }
}
