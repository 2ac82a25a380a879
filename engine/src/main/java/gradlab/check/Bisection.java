package gradlab.check;

import java.util.function.DoubleUnaryOperator;

/**
 * A root of a continuous gap between two ends where it changes sign, by bisection: used where a
 * claim is checked at the roots of an equation the text states ({@link SolvingSteps},
 * {@link StatedValueRoots}). Stateless.
 */
final class Bisection {
  private Bisection() {}

  /**
   * The root of {@code g} in [a, b], given {@code ga} = g(a) with g(a)·g(b) ≤ 0, after at most
   * {@code steps} halvings; a non-finite value stops the search where it is.
   */
  static double root(DoubleUnaryOperator g, double a, double b, double ga, int steps) {
    for (int i = 0; i < steps && ga != 0 && b - a > 0; i++) {
      double m = (a + b) / 2;
      if (m == a || m == b) {
        break;
      }
      double gm = g.applyAsDouble(m);
      if (!Double.isFinite(gm)) {
        break;
      }
      if (ga * gm <= 0) {
        b = m;
      } else {
        a = m;
        ga = gm;
      }
    }
    return ga == 0 ? a : (a + b) / 2;
  }
}
