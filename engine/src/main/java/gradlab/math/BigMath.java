package gradlab.math;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Elementary functions in arbitrary precision: exp, log, sin, cos, atan, erf, erfc and π, each to
 * the precision of the {@link MathContext} (computed with guard digits, then rounded).
 * Pure functions; thread-safe.
 */
public final class BigMath {
  private static final MathContext CACHED = new MathContext(200);
  private static final BigDecimal PI = machin(CACHED);
  private static final BigDecimal LN10 = halley(BigDecimal.TEN, guard(CACHED, 10)).round(CACHED);

  private BigMath() {}

  private static MathContext guard(MathContext mc, int extra) {
    return new MathContext(mc.getPrecision() + extra, RoundingMode.HALF_EVEN);
  }

  /** |x| above which eˣ is not computed: 10^(x / ln 10) must keep its exponent in an int. */
  static final long LARGEST_ARGUMENT = 4_000_000_000L;

  public static BigDecimal exp(BigDecimal x, MathContext mc) {
    if (x.signum() == 0) {
      return BigDecimal.ONE;
    }
    if (x.abs().compareTo(BigDecimal.valueOf(LARGEST_ARGUMENT)) > 0) {
      // e^(±4·10⁹) is 10^(±1.7·10⁹): beyond it a BigDecimal's scale (an int) would overflow.
      // (Below −10⁸ this returned 0, so N(exp(−10⁹)) showed 0, a value it is not.)
      throw new ArithmeticException("exp " + (x.signum() < 0 ? "underflow" : "overflow")
          + " at " + x.round(MathContext.DECIMAL32) + ": the power of ten is beyond ±1.7·10⁹");
    }
    if (x.signum() < 0) {
      MathContext g = guard(mc, 5);
      return BigDecimal.ONE.divide(exp(x.negate(), g), mc);
    }
    if (x.compareTo(BigDecimal.valueOf(50)) > 0) {
      // eˣ = 10ᵏ·e^(x − k·ln 10), so the series runs on a small argument
      // the power of ten needs as many more digits of ln 10 as x has integer digits
      MathContext g = guard(mc, 10 + Math.max(1, x.precision() - x.scale()));
      BigDecimal ln10 = ln10(g);
      BigDecimal k = x.divide(ln10, g).setScale(0, RoundingMode.FLOOR);
      return exp(x.subtract(k.multiply(ln10, g), g), g).scaleByPowerOfTen(k.intValueExact())
          .round(mc);
    }
    int halvings = 0;
    BigDecimal r = x;
    while (r.compareTo(new BigDecimal("0.5")) > 0) {
      r = r.divide(BigDecimal.TWO);
      halvings++;
    }
    int intDigits = (int) (x.doubleValue() / Math.log(10)) + 1;
    MathContext g = guard(mc, 10 + halvings / 3 + intDigits);
    BigDecimal sum = BigDecimal.ONE;
    BigDecimal term = BigDecimal.ONE;
    BigDecimal eps = BigDecimal.ONE.movePointLeft(g.getPrecision() + 2);
    for (int n = 1; term.abs().compareTo(eps) > 0; n++) {
      stopIfInterrupted();
      term = term.multiply(r, g).divide(BigDecimal.valueOf(n), g);
      sum = sum.add(term, g);
    }
    for (int i = 0; i < halvings; i++) {
      sum = sum.multiply(sum, g);
    }
    return sum.round(mc);
  }

  /** Natural logarithm by Halley's iteration on exp, started from the double value. */
  public static BigDecimal log(BigDecimal x, MathContext mc) {
    if (x.signum() <= 0) {
      throw new ArithmeticException("log of " + x.round(MathContext.DECIMAL32)
          + ", which is not positive");
    }
    MathContext g = guard(mc, 10);
    int k = x.precision() - x.scale() - 1; // x = m·10^k with 1 <= m < 10
    BigDecimal y = halley(x.movePointLeft(k), g);
    if (k != 0) {
      y = y.add(ln10(g).multiply(BigDecimal.valueOf(k), g), g);
    }
    return y.round(mc);
  }

  private static BigDecimal halley(BigDecimal m, MathContext g) {
    BigDecimal y = BigDecimal.valueOf(Math.log(m.doubleValue()));
    BigDecimal eps = BigDecimal.ONE.movePointLeft(g.getPrecision());
    for (int i = 0; i < 100; i++) {
      BigDecimal e = exp(y, g);
      BigDecimal step = m.subtract(e, g).multiply(BigDecimal.TWO, g).divide(m.add(e, g), g);
      y = y.add(step, g);
      if (step.abs().compareTo(eps) < 0) {
        break;
      }
    }
    return y;
  }

  private static BigDecimal ln10(MathContext mc) {
    return mc.getPrecision() < 190 ? LN10.round(mc)
        : mc.getPrecision() <= Wide.DIGITS ? Wide.LN10.round(mc) : ln10Series(mc);
  }

  /**
   * ln 10 to N's widest working precision ({@link EarnedDigits#MAX_PRECISION}) and its guards,
   * computed once, on first use: every eˣ above 50 needs it, and Halley's iteration on exp
   * recomputed it for each one, so N(1 − σ(10⁹)²) took 15 s (found by a tester).
   */
  private static final class Wide {
    static final int DIGITS = EarnedDigits.MAX_PRECISION + 100;
    static final BigDecimal LN10 = ln10Series(new MathContext(DIGITS, RoundingMode.HALF_EVEN));
  }

  /** ln 10 = 46·atanh(1/31) + 34·atanh(1/49) + 20·atanh(1/161), three fast series. */
  private static BigDecimal ln10Series(MathContext mc) {
    MathContext g = guard(mc, 10);
    BigDecimal sum = BigDecimal.ZERO;
    int[][] terms = {{46, 31}, {34, 49}, {20, 161}};
    for (int[] t : terms) {
      sum = sum.add(atanhSeries(BigDecimal.ONE.divide(BigDecimal.valueOf(t[1]), g), g)
          .multiply(BigDecimal.valueOf(t[0]), g), g);
    }
    return sum.round(mc);
  }

  /** atanh x = x + x³/3 + x⁵/5 + …, for small |x|. */
  private static BigDecimal atanhSeries(BigDecimal x, MathContext g) {
    BigDecimal x2 = x.multiply(x, g);
    BigDecimal power = x;
    BigDecimal sum = x;
    BigDecimal eps = BigDecimal.ONE.movePointLeft(g.getPrecision() + 2);
    for (int n = 1; power.abs().compareTo(eps) > 0; n++) {
      stopIfInterrupted();
      power = power.multiply(x2, g);
      sum = sum.add(power.divide(BigDecimal.valueOf(2L * n + 1), g), g);
    }
    return sum;
  }

  /** π to the precision of mc. */
  public static BigDecimal pi(MathContext mc) {
    return mc.getPrecision() < 190 ? PI.round(mc) : machin(mc);
  }

  /** π by Machin's formula. */
  private static BigDecimal machin(MathContext mc) {
    MathContext g = guard(mc, 10);
    BigDecimal a = atanSeries(BigDecimal.ONE.divide(BigDecimal.valueOf(5), g), g);
    BigDecimal b = atanSeries(BigDecimal.ONE.divide(BigDecimal.valueOf(239), g), g);
    return a.multiply(BigDecimal.valueOf(16), g).subtract(b.multiply(BigDecimal.valueOf(4), g), g)
        .round(mc);
  }

  private static BigDecimal atanSeries(BigDecimal x, MathContext g) {
    BigDecimal x2 = x.multiply(x, g);
    BigDecimal power = x;
    BigDecimal sum = x;
    BigDecimal eps = BigDecimal.ONE.movePointLeft(g.getPrecision() + 2);
    for (int n = 1; power.abs().compareTo(eps) > 0; n++) {
      stopIfInterrupted();
      power = power.multiply(x2, g).negate();
      sum = sum.add(power.divide(BigDecimal.valueOf(2L * n + 1), g), g);
    }
    return sum;
  }

  public static BigDecimal atan(BigDecimal x, MathContext mc) {
    MathContext g = guard(mc, 10);
    if (x.abs().compareTo(BigDecimal.ONE) > 0) {
      BigDecimal half = pi(g).divide(BigDecimal.TWO, g);
      BigDecimal inner = atan(BigDecimal.ONE.divide(x, g), g);
      return (x.signum() > 0 ? half.subtract(inner, g) : half.negate().subtract(inner, g))
          .round(mc);
    }
    // atan(x) = 2·atan(x / (1 + √(1 + x²))), twice, so the series converges fast
    BigDecimal r = x;
    for (int i = 0; i < 2; i++) {
      r = r.divide(BigDecimal.ONE.add(BigDecimal.ONE.add(r.multiply(r, g), g).sqrt(g), g), g);
    }
    return atanSeries(r, g).multiply(BigDecimal.valueOf(4), g).round(mc);
  }

  public static BigDecimal sin(BigDecimal x, MathContext mc) {
    return trig(x, mc, true);
  }

  public static BigDecimal cos(BigDecimal x, MathContext mc) {
    return trig(x, mc, false);
  }

  private static BigDecimal trig(BigDecimal x, MathContext mc, boolean sine) {
    int intDigits = Math.max(0, x.precision() - x.scale());
    MathContext g = guard(mc, 10 + intDigits);
    BigDecimal twoPi = pi(g).multiply(BigDecimal.TWO, g);
    BigDecimal r = x.subtract(twoPi.multiply(x.divide(twoPi, g)
        .setScale(0, RoundingMode.HALF_EVEN), g), g);
    BigDecimal r2 = r.multiply(r, g);
    BigDecimal term = sine ? r : BigDecimal.ONE;
    BigDecimal sum = term;
    BigDecimal eps = BigDecimal.ONE.movePointLeft(g.getPrecision() + 2);
    for (int n = sine ? 1 : 0; term.abs().compareTo(eps) > 0; n++) {
      stopIfInterrupted();
      long a = sine ? 2L * n : 2L * n + 1;
      long b = sine ? 2L * n + 1 : 2L * n + 2;
      term = term.multiply(r2, g).divide(BigDecimal.valueOf(a * b), g).negate();
      sum = sum.add(term, g);
    }
    return sum.round(mc);
  }

  /**
   * erf by its Maclaurin series with guard digits for the cancellation; beyond |x| = 6 as
   * ±(1 − erfc|x|), and ±1 only where erfc|x| is below the last digit of mc (it was ±1 beyond
   * |x| = 27 at every precision, so 1 + erf(−28.3) came out 0 at 300 digits).
   */
  public static BigDecimal erf(BigDecimal x, MathContext mc) {
    BigDecimal a = x.abs();
    if (a.compareTo(BigDecimal.valueOf(6)) > 0) {
      double ad = a.doubleValue();
      if (ad * ad / Math.log(10) > mc.getPrecision() + 5) {
        return BigDecimal.valueOf(x.signum());
      }
      BigDecimal one = BigDecimal.ONE.subtract(erfc(a, guard(mc, 5)));
      return (x.signum() < 0 ? one.negate() : one).round(mc);
    }
    return erfSeries(x, mc);
  }

  private static BigDecimal erfSeries(BigDecimal x, MathContext mc) {
    double xd = x.doubleValue();
    MathContext g = guard(mc, 10 + (int) (xd * xd / Math.log(10)));
    BigDecimal x2 = x.multiply(x, g);
    BigDecimal power = x;
    BigDecimal sum = x;
    BigDecimal eps = BigDecimal.ONE.movePointLeft(g.getPrecision() + 2);
    for (int n = 1; n < 100_000; n++) {
      stopIfInterrupted();
      power = power.multiply(x2, g).divide(BigDecimal.valueOf(n), g).negate();
      BigDecimal term = power.divide(BigDecimal.valueOf(2L * n + 1), g);
      sum = sum.add(term, g);
      if (term.abs().compareTo(eps) < 0 && n > xd * xd) {
        break;
      }
    }
    BigDecimal twoOverRootPi = BigDecimal.TWO.divide(pi(g).sqrt(g), g);
    return sum.multiply(twoOverRootPi, g).round(mc);
  }

  /**
   * erfc x = 1 − erf x to the relative precision of mc, also where it is far below 1 (erfc 28
   * is 10⁻³⁴³): for x ≤ 6 as 1 − erf with x²/ln 10 more digits, beyond by Laplace's continued
   * fraction erfc x = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), summed by
   * Lentz's method (as 1 − erf also where the fraction would converge slowly, x below p/80).
   * Negative x: 2 − erfc(−x).
   */
  public static BigDecimal erfc(BigDecimal x, MathContext mc) {
    if (x.signum() < 0) {
      return BigDecimal.TWO.subtract(erfc(x.negate(), guard(mc, 2))).round(mc);
    }
    double xd = x.doubleValue();
    if (xd <= Math.max(6, mc.getPrecision() / 80.0)) { // the fraction would need 5000+ terms
      MathContext g = guard(mc, 10 + (int) (xd * xd / Math.log(10)));
      return BigDecimal.ONE.subtract(erfSeries(x, g), g).round(mc);
    }
    MathContext g = guard(mc, 15);
    BigDecimal tiny = BigDecimal.ONE.movePointLeft(4 * g.getPrecision());
    BigDecimal eps = BigDecimal.ONE.movePointLeft(g.getPrecision() + 2);
    BigDecimal f = x;
    BigDecimal c = x;
    BigDecimal d = BigDecimal.ZERO;
    for (int n = 1; n < 1_000_000; n++) {
      stopIfInterrupted();
      BigDecimal an = BigDecimal.valueOf(n).divide(BigDecimal.TWO);
      d = x.add(an.multiply(d, g), g);
      d = BigDecimal.ONE.divide(d.signum() == 0 ? tiny : d, g);
      c = x.add(an.divide(c.signum() == 0 ? tiny : c, g), g);
      BigDecimal delta = c.multiply(d, g);
      f = f.multiply(delta, g);
      if (delta.subtract(BigDecimal.ONE).abs().compareTo(eps) < 0) {
        break;
      }
    }
    BigDecimal front = exp(x.multiply(x, g).negate(), g).divide(pi(g).sqrt(g), g);
    return front.divide(f, g).round(mc);
  }

  /**
   * A series at thousands of digits runs for minutes: a stopped evaluation (its thread
   * interrupted by Ctrl-C or the time limit) ends here instead of running on unseen.
   */
  private static void stopIfInterrupted() {
    if (Thread.currentThread().isInterrupted()) {
      throw new ArithmeticException("evaluation stopped");
    }
  }
}
