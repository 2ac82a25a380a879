package gradlab.math;

import static gradlab.math.Algebra.call;
import static gradlab.math.Algebra.divide;
import static gradlab.math.Algebra.negate;
import static gradlab.math.Algebra.power;
import static gradlab.math.Algebra.product;
import static gradlab.math.Algebra.subtract;
import static gradlab.math.Algebra.sum;

import java.util.List;

/**
 * The derivative table: ∂f/∂(argument k) for every catalogue function, one line each. σ and δ
 * keep their derivatives named (σ′, σ″, …); {@link #explicitFirst} writes σ′ = σ(1 − σ) for
 * numbers and for {@code named(…)}.
 */
public final class DerivativeRules {
  private static final Num HALF = Num.of(1, 2);

  private DerivativeRules() {}

  /** True when d/du f⁽ⁿ⁾(u) is written f⁽ⁿ⁺¹⁾(u) rather than explicitly. */
  public static boolean keepsNamedDerivative(MathFunction f) {
    return f == MathFunction.SIGMOID || f == MathFunction.DIRAC_DELTA;
  }

  /** ∂/∂args[k] of f⁽ᵒʳᵈᵉʳ⁾(args); explicit forms when {@code explicit}. */
  public static Expression partial(MathFunction f, int order, List<Expression> args, int k,
      boolean explicit) {
    Expression u = args.get(0);
    if (keepsNamedDerivative(f) && !(explicit && f == MathFunction.SIGMOID)) {
      return call(f, order + 1, List.of(u));
    }
    if (order > 0) {
      Expression nth = Differentiation.explicitNth(f, order + 1, u);
      return nth;
    }
    Expression one = Num.ONE;
    return switch (f) {
      case EXP -> call(f, u);
      case LOG -> power(u, Num.MINUS_ONE);
      case SIN -> call(MathFunction.COS, u);
      case COS -> negate(call(MathFunction.SIN, u));
      case TAN -> sum(one, power(call(MathFunction.TAN, u), Num.of(2)));
      case ASIN -> power(subtract(one, power(u, Num.of(2))), Num.of(-1, 2));
      case ACOS -> negate(power(subtract(one, power(u, Num.of(2))), Num.of(-1, 2)));
      case ATAN -> power(sum(one, power(u, Num.of(2))), Num.MINUS_ONE);
      case SINH -> call(MathFunction.COSH, u);
      case COSH -> call(MathFunction.SINH, u);
      case TANH -> subtract(one, power(call(MathFunction.TANH, u), Num.of(2)));
      case ASINH -> power(sum(power(u, Num.of(2)), one), Num.of(-1, 2));
      case ACOSH -> power(sum(power(u, Num.of(2)), Num.MINUS_ONE), Num.of(-1, 2));
      case ATANH -> power(subtract(one, power(u, Num.of(2))), Num.MINUS_ONE);
      case ABS -> call(MathFunction.SIGN, u);
      case SIGN -> product(Num.of(2), call(MathFunction.DIRAC_DELTA, u));
      case HEAVISIDE -> call(MathFunction.DIRAC_DELTA, u);
      case MAX -> k == 0 ? call(MathFunction.HEAVISIDE, subtract(u, args.get(1)))
          : subtract(one, call(MathFunction.HEAVISIDE, subtract(u, args.get(1))));
      case MIN -> k == 0 ? call(MathFunction.HEAVISIDE, subtract(args.get(1), u))
          : subtract(one, call(MathFunction.HEAVISIDE, subtract(args.get(1), u)));
      case ERF -> product(Num.of(2), power(Const.PI, Num.of(-1, 2)),
          call(MathFunction.EXP, negate(power(u, Num.of(2)))));
      case SIGMOID -> product(call(f, u), subtract(one, call(f, u)));
      case LOGIT -> power(product(u, subtract(one, u)), Num.MINUS_ONE);
      case RELU -> call(MathFunction.HEAVISIDE, u);
      case LEAKY_RELU -> {
        Expression alpha = args.size() > 1 ? args.get(1) : new Real(FunctionValues.DEFAULT_LEAK);
        yield k == 0
            ? sum(alpha, product(subtract(one, alpha), call(MathFunction.HEAVISIDE, u)))
            : call(MathFunction.MIN, Num.ZERO, u);
      }
      case SOFTPLUS -> call(MathFunction.SIGMOID, u);
      // exp(min(u, 0)), not exp(u): (1 − H(u))·exp(u) would be 0·∞ = NaN in double for u > 709
      case ELU -> sum(call(MathFunction.HEAVISIDE, u),
          product(subtract(one, call(MathFunction.HEAVISIDE, u)),
              call(MathFunction.EXP, call(MathFunction.MIN, u, Num.ZERO))));
      case LAMBERT_W -> power(sum(u, call(MathFunction.EXP, call(f, u))), Num.MINUS_ONE);
      case GELU -> sum(product(HALF, sum(one, call(MathFunction.ERF,
          product(u, power(Num.of(2), Num.of(-1, 2)))))),
          product(u, power(product(Num.of(2), Const.PI), Num.of(-1, 2)),
              call(MathFunction.EXP, divide(negate(power(u, Num.of(2))), Num.of(2)))));
      case LOGSUMEXP -> call(MathFunction.EXP, subtract(args.get(k), call(f, 0, args)));
      case DIRAC_DELTA -> throw new IllegalStateException("δ keeps named derivatives");
    };
  }
}
