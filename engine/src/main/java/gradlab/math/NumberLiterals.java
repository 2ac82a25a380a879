package gradlab.math;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A number as written: with a point or an exponent it is approximate (a {@link Real}, its digits
 * kept where a double would be 0 or ∞), otherwise exact (a {@link Num}).
 */
final class NumberLiterals {
  private NumberLiterals() {
  }

  static Expression of(Token t) {
    String s = t.text();
    if (s.contains(".") || s.contains("e") || s.contains("E")) {
      BigDecimal d = new BigDecimal(s);
      double v = d.doubleValue();
      // 1e-400 is not 0 and 1e400 is not ∞: outside a double's range the digits are kept
      return (v == 0 && d.signum() != 0) || Double.isInfinite(v) ? Real.of(d) : new Real(v);
    }
    return new Num(new BigInteger(s), BigInteger.ONE);
  }
}
