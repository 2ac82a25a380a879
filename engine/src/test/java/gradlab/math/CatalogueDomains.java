package gradlab.math;

import java.util.Random;

/**
 * A random point in each catalogue function's domain, away from its kinks (an exhaustive switch:
 * a function added to the catalogue must say where it may be evaluated). Shared by the tests
 * that hold every function's double value, derivative and autodiff rule against each other.
 */
public final class CatalogueDomains {
  private CatalogueDomains() {}

  /** The arguments of f at a random point: one, or two for max, min, leaky ReLU, logsumexp. */
  public static double[] point(MathFunction f, Random r) {
    double u = -2 + 4 * r.nextDouble();
    double awayFromZero = u >= 0 ? u + 0.1 : u - 0.1;
    double inside = -0.9 + 1.8 * r.nextDouble();
    return switch (f) {
      case EXP, SIN, COS, ATAN, SINH, COSH, TANH, ASINH, ERF, SIGMOID, SOFTPLUS, GELU ->
          new double[] {u};
      case TAN -> new double[] {0.6 * u};
      case LOG -> new double[] {0.2 + 3 * r.nextDouble()};
      case ACOSH -> new double[] {1.2 + 2 * r.nextDouble()};
      case ASIN, ACOS, ATANH -> new double[] {inside};
      case LOGIT -> new double[] {0.5 + inside / 2};
      case ABS, SIGN, HEAVISIDE, DIRAC_DELTA, RELU, ELU -> new double[] {awayFromZero};
      case LEAKY_RELU -> new double[] {awayFromZero, 0.05 + 0.4 * r.nextDouble()};
      case MAX, MIN -> new double[] {u, u + (r.nextBoolean() ? 0.3 : -0.3)};
      case LOGSUMEXP -> new double[] {u, -2 + 4 * r.nextDouble()};
      case LAMBERT_W -> new double[] {-0.3 + 4 * r.nextDouble()};
    };
  }
}
