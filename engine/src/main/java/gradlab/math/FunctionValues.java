package gradlab.math;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.function.DoubleUnaryOperator;
import org.hipparchus.special.Erf;

/**
 * Numeric values of the catalogue functions, in double and in arbitrary precision. Outside a
 * function's domain the double value is NaN and the precise one throws
 * {@link ArithmeticException}; {@link Numeric} turns both into one error message.
 */
final class FunctionValues {
  static final double DEFAULT_LEAK = 0.01;
  private static final double SQRT2 = Math.sqrt(2);
  private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);

  private FunctionValues() {}

  static double apply(MathFunction f, double... x) {
    double u = x[0];
    return switch (f) {
      case MAX -> Math.max(u, x[1]);
      case MIN -> Math.min(u, x[1]);
      case LEAKY_RELU -> u > 0 ? u : (x.length > 1 ? x[1] : DEFAULT_LEAK) * u;
      case LOGSUMEXP -> logsumexp(x);
      default -> apply1(f, u);
    };
  }

  private static final DoubleUnaryOperator[] VALUES = table(FunctionValues::valueOf);
  private static final DoubleUnaryOperator[] DERIVATIVES = table(FunctionValues::derivativeOf);

  private static DoubleUnaryOperator[] table(
      java.util.function.Function<MathFunction, DoubleUnaryOperator> of) {
    DoubleUnaryOperator[] t = new DoubleUnaryOperator[MathFunction.values().length];
    for (MathFunction f : MathFunction.values()) {
      t[f.ordinal()] = of.apply(f);
    }
    return t;
  }

  /** The value at one argument (leaky ReLU with its default slope). */
  static double apply1(MathFunction f, double u) {
    return VALUES[f.ordinal()].applyAsDouble(u);
  }

  /**
   * The value at one argument as a small operator of its own per function, so that a loop over
   * a tensor or a compiled program can inline it (one big switch per element could not).
   */
  static DoubleUnaryOperator valueOperator(MathFunction f) {
    return VALUES[f.ordinal()];
  }

  static DoubleUnaryOperator derivativeOperator(MathFunction f) {
    return DERIVATIVES[f.ordinal()];
  }

  private static DoubleUnaryOperator valueOf(MathFunction f) {
    return switch (f) {
      case EXP -> u -> Math.exp(u);
      case LOG -> u -> u > 0 ? Math.log(u) : Double.NaN;
      case SIN -> u -> Math.sin(u);
      case COS -> u -> Math.cos(u);
      case TAN -> u -> Math.tan(u);
      case ASIN -> u -> Math.asin(u);
      case ACOS -> u -> Math.acos(u);
      case ATAN -> u -> Math.atan(u);
      case SINH -> u -> Math.sinh(u);
      case COSH -> u -> Math.cosh(u);
      case TANH -> u -> Math.tanh(u);
      case ASINH -> u -> Math.log(u + Math.sqrt(u * u + 1));
      case ACOSH -> u -> u >= 1 ? Math.log(u + Math.sqrt(u * u - 1)) : Double.NaN;
      case ATANH -> u -> Math.abs(u) < 1 ? 0.5 * Math.log((1 + u) / (1 - u)) : Double.NaN;
      case ABS -> u -> Math.abs(u);
      case SIGN -> u -> Math.signum(u);
      case HEAVISIDE -> u -> u > 0 ? 1 : 0;
      case DIRAC_DELTA -> u -> u != 0 ? 0 : Double.NaN;
      case MAX, MIN -> u -> {
        throw new IllegalArgumentException(f.inputName() + " takes two arguments");
      };
      case ERF -> u -> Erf.erf(u);
      case SIGMOID -> FunctionValues::sigmoid;
      case LOGIT -> u -> u > 0 && u < 1 ? Math.log(u / (1 - u)) : Double.NaN;
      case RELU -> u -> Math.max(0, u);
      case LEAKY_RELU -> u -> u > 0 ? u : DEFAULT_LEAK * u;
      case SOFTPLUS -> u -> u > 0 ? u + Math.log1p(Math.exp(-u)) : Math.log1p(Math.exp(u));
      case ELU -> u -> u > 0 ? u : Math.expm1(u);
      case GELU -> u -> 0.5 * u * (1 + Erf.erf(u / SQRT2));
      case LAMBERT_W -> LambertW::value;
      case LOGSUMEXP -> u -> u;
    };
  }

  private static double logsumexp(double... x) {
    double m = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      m = Math.max(m, v);
    }
    double t = 0;
    for (double v : x) {
      t += Math.exp(v - m);
    }
    return m + Math.log(t);
  }

  /**
   * ∂f/∂xₖ at numbers, in double: the numeric form of {@link DerivativeRules#partial} (a test
   * holds the two equal at random points). The steps H and sign have derivative 0 also at 0
   * here (the autodiff convention, as PyTorch), where the symbolic rule gives δ(0), undefined.
   */
  static double partial(MathFunction f, int k, double... x) {
    double u = x[0];
    return switch (f) {
      case MAX -> (u > x[1]) == (k == 0) ? 1 : 0;
      case MIN -> (x[1] > u) == (k == 0) ? 1 : 0;
      case LEAKY_RELU -> k == 1 ? Math.min(0, u)
          : u > 0 ? 1 : x.length > 1 ? x[1] : DEFAULT_LEAK;
      case LOGSUMEXP -> Math.exp(x[k] - logsumexp(x));
      default -> partial1(f, u);
    };
  }

  /** d/du f(u) for a function of one argument (leaky ReLU with its default slope). */
  static double partial1(MathFunction f, double u) {
    return DERIVATIVES[f.ordinal()].applyAsDouble(u);
  }

  private static DoubleUnaryOperator derivativeOf(MathFunction f) {
    return switch (f) {
      case EXP -> Math::exp;
      case LOG -> u -> u > 0 ? 1 / u : Double.NaN;
      case SIN -> Math::cos;
      case COS -> u -> -Math.sin(u);
      case TAN -> u -> 1 + Math.tan(u) * Math.tan(u);
      case ASIN -> u -> 1 / Math.sqrt(1 - u * u);
      case ACOS -> u -> -1 / Math.sqrt(1 - u * u);
      case ATAN -> u -> 1 / (1 + u * u);
      case SINH -> Math::cosh;
      case COSH -> Math::sinh;
      case TANH -> u -> 1 - Math.tanh(u) * Math.tanh(u);
      case ASINH -> u -> 1 / Math.sqrt(u * u + 1);
      case ACOSH -> u -> 1 / Math.sqrt(u * u - 1);
      case ATANH -> u -> 1 / (1 - u * u);
      case ABS -> Math::signum;
      case SIGN, HEAVISIDE -> u -> 0;
      case DIRAC_DELTA -> u -> u != 0 ? 0 : Double.NaN;
      case MAX, MIN -> u -> {
        throw new IllegalArgumentException(f.inputName() + " takes two arguments");
      };
      case ERF -> u -> 2 / Math.sqrt(Math.PI) * Math.exp(-u * u);
      case SIGMOID -> u -> {
        double s = sigmoid(u);
        return s * (1 - s);
      };
      case LOGIT -> u -> u > 0 && u < 1 ? 1 / (u * (1 - u)) : Double.NaN;
      case RELU -> u -> u > 0 ? 1 : 0;
      case LEAKY_RELU -> u -> u > 0 ? 1 : DEFAULT_LEAK;
      case SOFTPLUS -> FunctionValues::sigmoid;
      case ELU -> u -> u > 0 ? 1 : Math.exp(u);
      case GELU -> u -> 0.5 * (1 + Erf.erf(u / SQRT2)) + u * Math.exp(-u * u / 2) / SQRT_2PI;
      case LAMBERT_W -> LambertW::derivative;
      case LOGSUMEXP -> u -> 1;
    };
  }

  /**
   * The derivative written in the function's value y, where the rule says so (exp′ = exp,
   * σ′ = σ(1 − σ), tanh′ = 1 − tanh²): autodiff's backward pass reuses the forward value.
   */
  static java.util.Optional<DoubleUnaryOperator> derivativeFromValue(MathFunction f) {
    return java.util.Optional.ofNullable(switch (f) {
      case EXP -> y -> y;
      case SIGMOID -> y -> y * (1 - y);
      case TANH -> y -> 1 - y * y;
      default -> null;
    });
  }

  private static double sigmoid(double u) {
    return u >= 0 ? 1 / (1 + Math.exp(-u)) : Math.exp(u) / (1 + Math.exp(u));
  }

  static BigDecimal apply(MathFunction f, MathContext mc, BigDecimal... x) {
    BigDecimal u = x[0];
    BigDecimal one = BigDecimal.ONE;
    return switch (f) {
      case EXP -> BigMath.exp(u, mc);
      case LOG -> BigMath.log(u, mc);
      case SIN -> BigMath.sin(u, mc);
      case COS -> BigMath.cos(u, mc);
      case TAN -> BigMath.sin(u, mc).divide(BigMath.cos(u, mc), mc);
      case ASIN -> asin(u, mc);
      case ACOS -> BigMath.pi(mc).divide(BigDecimal.TWO, mc).subtract(asin(u, mc), mc);
      case ATAN -> BigMath.atan(u, mc);
      case SINH -> BigMath.exp(u, mc).subtract(BigMath.exp(u.negate(), mc), mc)
          .divide(BigDecimal.TWO, mc);
      case COSH -> BigMath.exp(u, mc).add(BigMath.exp(u.negate(), mc), mc)
          .divide(BigDecimal.TWO, mc);
      case TANH -> { // e^(−2|u|), so that a large |u| cannot overflow
        BigDecimal e = BigMath.exp(u.abs().multiply(BigDecimal.TWO).negate(), mc);
        BigDecimal t = one.subtract(e, mc).divide(one.add(e, mc), mc);
        yield u.signum() < 0 ? t.negate() : t;
      }
      case ASINH -> BigMath.log(u.add(u.multiply(u).add(one).sqrt(mc)), mc);
      case ACOSH -> {
        if (u.compareTo(one) < 0) {
          throw new ArithmeticException("arcosh(" + u.round(MathContext.DECIMAL32)
              + ") is not real");
        }
        yield BigMath.log(u.add(u.multiply(u).subtract(one).sqrt(mc)), mc);
      }
      case ATANH -> BigMath.log(one.add(u).divide(one.subtract(u), mc), mc)
          .divide(BigDecimal.TWO, mc);
      case ABS -> u.abs();
      case SIGN -> BigDecimal.valueOf(u.signum());
      case HEAVISIDE -> u.signum() > 0 ? one : BigDecimal.ZERO;
      case DIRAC_DELTA -> {
        if (u.signum() == 0) {
          throw new ArithmeticException("δ(0) is infinite");
        }
        yield BigDecimal.ZERO;
      }
      case MAX -> u.max(x[1]);
      case MIN -> u.min(x[1]);
      case ERF -> BigMath.erf(u, mc);
      case SIGMOID -> {
        BigDecimal e = BigMath.exp(u.abs().negate(), mc);
        yield u.signum() >= 0 ? one.divide(one.add(e, mc), mc) : e.divide(one.add(e, mc), mc);
      }
      case LOGIT -> {
        if (u.signum() <= 0 || u.compareTo(one) >= 0) {
          throw new ArithmeticException("logit(" + u.round(MathContext.DECIMAL32)
              + ") needs 0 < p < 1");
        }
        yield BigMath.log(u.divide(one.subtract(u), mc), mc);
      }
      case RELU -> u.max(BigDecimal.ZERO);
      case LEAKY_RELU -> u.signum() > 0 ? u
          : u.multiply(x.length > 1 ? x[1] : BigDecimal.valueOf(DEFAULT_LEAK), mc);
      case SOFTPLUS -> u.signum() < 0 ? log1p(BigMath.exp(u, mc), mc)
          : u.add(log1p(BigMath.exp(u.negate(), mc), mc), mc);
      case ELU -> u.signum() > 0 ? u : BigMath.exp(u, mc).subtract(one, mc);
      case GELU -> {
        // x·erfc(−x/√2)/2: 1 + erf(−28.3) is 10⁻³⁴⁹, which 1 + erf cancelled to 0 (gelu(−40))
        BigDecimal r = BigMath.erfc(u.negate().divide(BigDecimal.TWO.sqrt(mc), mc), mc);
        yield u.multiply(r, mc).divide(BigDecimal.TWO, mc);
      }
      case LAMBERT_W -> LambertW.value(u, mc);
      case LOGSUMEXP -> {
        BigDecimal m = u;
        for (BigDecimal v : x) {
          m = m.max(v);
        }
        BigDecimal t = BigDecimal.ZERO;
        for (BigDecimal v : x) {
          t = t.add(BigMath.exp(v.subtract(m), mc), mc);
        }
        yield m.add(BigMath.log(t, mc), mc);
      }
    };
  }

  /**
   * log(1 + e) for 0 ≤ e ≤ 1, by its series where e is small (log(1 + 10⁻⁴³⁴) is not 0: softplus
   * of −1000).
   */
  private static BigDecimal log1p(BigDecimal e, MathContext mc) {
    if (e.compareTo(new BigDecimal("0.01")) >= 0) {
      return BigMath.log(BigDecimal.ONE.add(e, mc), mc);
    }
    MathContext g = new MathContext(mc.getPrecision() + 5);
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal power = e;
    BigDecimal eps = e.abs().movePointLeft(g.getPrecision() + 2);
    for (int n = 1; power.compareTo(eps) > 0 && n < 100_000; n++) {
      BigDecimal term = power.divide(BigDecimal.valueOf(n), g);
      sum = n % 2 == 1 ? sum.add(term, g) : sum.subtract(term, g);
      power = power.multiply(e, g);
    }
    return sum.round(mc);
  }

  private static BigDecimal asin(BigDecimal u, MathContext mc) {
    BigDecimal one = BigDecimal.ONE;
    int c = u.abs().compareTo(one);
    if (c > 0) {
      throw new ArithmeticException("arcsin(" + u.round(MathContext.DECIMAL32) + ") is not real");
    }
    if (c == 0) {
      return BigMath.pi(mc).divide(BigDecimal.valueOf(2L * u.signum()), mc);
    }
    return BigMath.atan(u.divide(one.subtract(u.multiply(u)).sqrt(mc), mc), mc);
  }
}
