package gradlab.math;

import java.util.List;

/** Exact values of catalogue functions at special points and inverse pairs; null if none. */
final class ExactValues {
  private ExactValues() {}

  static Expression of(MathFunction f, List<Expression> args) {
    if (f == MathFunction.LOGSUMEXP) {
      return args.size() == 1 ? args.get(0) : null;
    }
    Expression u = args.get(0);
    boolean zero = u instanceof Num n && n.isZero();
    if (u instanceof Call c && c.order() == 0 && Inverses.areInverse(f, c.function())) {
      return c.arg();
    }
    if (u instanceof Num n && args.size() == 1) {
      switch (f) {
        case ABS -> {
          return n.signum() < 0 ? n.negate() : n;
        }
        case SIGN -> {
          return Num.of(n.signum());
        }
        case HEAVISIDE -> {
          return Num.of(n.signum() > 0 ? 1 : 0);
        }
        case RELU -> {
          return n.signum() > 0 ? n : Num.ZERO;
        }
        case LEAKY_RELU, ELU -> {
          if (n.signum() >= 0) {
            return n;
          }
        }
        case LOG -> {
          if (n.isOne()) {
            return Num.ZERO;
          }
          if (n.signum() == 0) { // the limit from above; no real number to go on with
            throw new ArithmeticException("log(0) = −∞ is not a real number (log x → −∞ as "
                + "x → 0⁺); hint: limit(log(x), x, 0) for the limit");
          }
          if (n.signum() < 0) {
            throw new ArithmeticException("log(" + n.num() + (n.isInteger() ? "" : "/" + n.den())
                + ") is not real");
          }
        }
        default -> { }
      }
    }
    if (args.size() == 2 && u instanceof Num a && args.get(1) instanceof Num b
        && (f == MathFunction.MAX || f == MathFunction.MIN)) {
      boolean aLarger = a.add(b.negate()).signum() > 0;
      return (f == MathFunction.MAX) == aLarger ? a : b;
    }
    if (u instanceof Const c && c.kind() == Const.Kind.E && f == MathFunction.LOG) {
      return Num.ONE;
    }
    if (!zero) {
      return null;
    }
    return switch (f) {
      case EXP, COS, COSH -> Num.ONE;
      case SIN, TAN, ASIN, ATAN, SINH, TANH, ASINH, ATANH, ERF, GELU, LAMBERT_W -> Num.ZERO;
      case SIGMOID -> Num.of(1, 2);
      default -> null;
    };
  }
}
