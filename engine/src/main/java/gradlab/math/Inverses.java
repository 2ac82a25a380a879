package gradlab.math;

import java.util.Optional;

/**
 * Inverses of the invertible catalogue functions on their range: σ ↔ logit, exp ↔ log,
 * tanh ↔ artanh, sinh ↔ arsinh, softplus⁻¹(y) = log(eʸ − 1). Used to solve f(u) = c.
 */
public final class Inverses {
  private Inverses() {}

  /** f⁻¹(y), if f is invertible on its range. */
  public static Optional<Expression> inverse(MathFunction f, Expression y) {
    MathFunction g = switch (f) {
      case SIGMOID -> MathFunction.LOGIT;
      case LOGIT -> MathFunction.SIGMOID;
      case EXP -> MathFunction.LOG;
      case LOG -> MathFunction.EXP;
      case TANH -> MathFunction.ATANH;
      case ATANH -> MathFunction.TANH;
      case SINH -> MathFunction.ASINH;
      case ASINH -> MathFunction.SINH;
      case ATAN -> MathFunction.TAN;
      case ERF, SIN, COS, TAN, ASIN, ACOS, COSH, ACOSH, ABS, SIGN, HEAVISIDE, DIRAC_DELTA, MAX,
          MIN, RELU, LEAKY_RELU, SOFTPLUS, ELU, GELU, LAMBERT_W, LOGSUMEXP -> null;
    };
    if (g != null) {
      return Optional.of(Algebra.call(g, y));
    }
    if (f == MathFunction.SOFTPLUS) {
      return Optional.of(Algebra.call(MathFunction.LOG,
          Algebra.sum(Algebra.call(MathFunction.EXP, y), Num.MINUS_ONE)));
    }
    return Optional.empty();
  }

  /** True when f(g(u)) = u for every u in g's domain (so the pair folds to u). */
  static boolean areInverse(MathFunction f, MathFunction g) {
    return switch (f) {
      case SIGMOID -> g == MathFunction.LOGIT;
      case LOGIT -> g == MathFunction.SIGMOID;
      case EXP -> g == MathFunction.LOG;
      case LOG -> g == MathFunction.EXP;
      case TANH -> g == MathFunction.ATANH;
      case ATANH -> g == MathFunction.TANH;
      case SINH -> g == MathFunction.ASINH;
      case ASINH -> g == MathFunction.SINH;
      default -> false;
    };
  }
}
