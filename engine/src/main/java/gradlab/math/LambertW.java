package gradlab.math;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Lambert's W on its principal branch: the w ≥ −1 with w·eʷ = x, for x ≥ −1/e (what Symja calls
 * ProductLog, and what minimize(x·σ(x)) and solve(x·eˣ = 1) answer in). Halley's iteration from
 * a start that is already close: the branch-point series near −1/e, log(1 + x) in the middle,
 * and log x − log log x for large x. Outside the domain the double value is NaN and the
 * high-precision value throws.
 */
final class LambertW {
  private static final double BRANCH = -1 / Math.E;

  private LambertW() {}

  static double value(double x) {
    if (Double.isNaN(x) || x < BRANCH) {
      return Double.NaN;
    }
    if (x == Double.POSITIVE_INFINITY) {
      return x;
    }
    if (x == 0) {
      return 0;
    }
    double w = start(x);
    for (int i = 0; i < 64; i++) {
      double e = Math.exp(w);
      double f = w * e - x;
      double step = f / (e * (w + 1) - (w + 2) * f / (2 * w + 2));
      if (!Double.isFinite(step)) {
        break;
      }
      w -= step;
      if (Math.abs(step) <= 1e-16 * (1 + Math.abs(w))) {
        break;
      }
    }
    return w;
  }

  /** W′(x) = 1/(x + e^W(x)), which is finite at 0 (where W/(x(1 + W)) is 0/0). */
  static double derivative(double x) {
    return 1 / (x + Math.exp(value(x)));
  }

  static BigDecimal value(BigDecimal x, MathContext mc) {
    if (x.doubleValue() < BRANCH) {
      throw new ArithmeticException("lambertw(" + x.round(MathContext.DECIMAL32)
          + ") is not real: W needs x ≥ −1/e");
    }
    if (x.signum() == 0) {
      return BigDecimal.ZERO;
    }
    MathContext g = new MathContext(mc.getPrecision() + 10);
    BigDecimal w = new BigDecimal(value(x.doubleValue()));
    BigDecimal two = BigDecimal.TWO;
    BigDecimal tolerance = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 5);
    for (int i = 0; i < 200; i++) {
      BigDecimal e = BigMath.exp(w, g);
      BigDecimal f = w.multiply(e, g).subtract(x, g);
      BigDecimal w1 = w.add(BigDecimal.ONE);
      if (w1.signum() == 0) {
        break; // the branch point itself: W(−1/e) = −1
      }
      BigDecimal denominator = e.multiply(w1, g)
          .subtract(w.add(two).multiply(f, g).divide(w1.multiply(two), g), g);
      BigDecimal step = f.divide(denominator, g);
      w = w.subtract(step, g);
      if (step.abs().compareTo(tolerance.multiply(BigDecimal.ONE.add(w.abs()))) <= 0) {
        break;
      }
    }
    return w.round(mc);
  }

  private static double start(double x) {
    if (x < -0.25) {
      double p = Math.sqrt(2 * (Math.E * x + 1));
      return -1 + p - p * p / 3 + 11 * p * p * p / 72;
    }
    if (x < 3) {
      return Math.log1p(x) * (1 - Math.log1p(Math.log1p(x)) / (2 + Math.log1p(x)));
    }
    double l = Math.log(x);
    return l - Math.log(l);
  }
}
