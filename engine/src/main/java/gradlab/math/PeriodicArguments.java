package gradlab.math;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.function.Function;

/**
 * The argument of sin, cos or tan to enough digits for its reduction modulo 2π. A computed
 * argument of magnitude 10^k carries its working precision's relative error, so k of its digits
 * go before the point and the reduced angle kept too few: sin(ω(p + k)) with ω = 10000^(−2i/d) at
 * d = 0.0186 (ω ≈ 10^190) came out a different number at every precision, and a true
 * angle-addition formula was refuted at 40 "confirmed" digits. Such an argument is computed again
 * with k more digits; beyond {@link #MAX_INTEGER_DIGITS} there is no value. Pure.
 */
final class PeriodicArguments {
  /** The most integer digits of an argument that is reduced: 10^2000 radians. */
  static final int MAX_INTEGER_DIGITS = 2000;

  private PeriodicArguments() {}

  /**
   * The argument {@code value} (computed at {@code mc}) if it has at most two integer digits,
   * else the argument computed again by {@code at} with as many more digits as it has integer
   * digits.
   */
  static BigDecimal reducible(BigDecimal value, MathContext mc,
      Function<MathContext, BigDecimal> at) {
    int integerDigits = value.precision() - value.scale();
    if (integerDigits <= 2) {
      return value;
    }
    if (integerDigits > MAX_INTEGER_DIGITS) {
      throw new ArithmeticException("an angle of about 10^" + integerDigits
          + " radians cannot be reduced");
    }
    return at.apply(new MathContext(mc.getPrecision() + integerDigits + 10,
        RoundingMode.HALF_EVEN));
  }
}
