package gradlab.symbolic;

import gradlab.math.Environment;
import gradlab.math.Expression;
import gradlab.math.Numeric;
import gradlab.math.PreciseNumeric;
import gradlab.math.Real;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;

/**
 * The value {@code N(f)} shows: the double evaluation, unless it lost the number (0, ±∞, NaN or
 * a domain error from an intermediate that underflowed: σ′(40) is 4.25·10⁻¹⁸, not 0;
 * log σ(−800) is −800, not log 0). Then the value is computed at 50 and at 90 digits, and shown
 * when both agree to 12 significant digits; otherwise N says it could not get a value it trusts.
 */
final class DoubleOrPrecise {
  private static final MathContext SHOWN = new MathContext(12);

  private DoubleOrPrecise() {}

  static Real value(Expression f, Environment env) {
    double d;
    RuntimeException failure = null;
    try {
      d = Numeric.value(f, Map.of(), env);
    } catch (ArithmeticException | IllegalArgumentException e) {
      d = Double.NaN;
      failure = e;
    }
    if (d != 0 && Double.isFinite(d)) {
      return new Real(d);
    }
    BigDecimal low;
    BigDecimal high;
    try {
      low = PreciseNumeric.value(f, Map.of(), env, 50);
      high = PreciseNumeric.value(f, Map.of(), env, 90);
    } catch (RuntimeException precise) {
      if (failure != null) {
        throw failure; // undefined at any precision: the double evaluation's error says why
      }
      return new Real(d);
    }
    if (high.signum() == 0 && low.signum() == 0) {
      return new Real(0.0);
    }
    if (high.subtract(low).abs().compareTo(high.abs().movePointLeft(12)) > 0) {
      throw new ArithmeticException("N could not get a value it trusts (50 and 90 digits "
          + "disagree); hint: N(f, 200)");
    }
    BigDecimal shown = high.round(SHOWN);
    double back = shown.doubleValue();
    return back != 0 && Double.isFinite(back) ? new Real(back) : Real.of(shown);
  }
}
