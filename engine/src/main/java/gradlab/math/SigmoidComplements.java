package gradlab.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An expression without symbols rewritten by σ(u) = 1 − σ(−u) and tanh(u) = 1 − 2σ(−2u)
 * wherever a sum holds c·σ(u) or c·tanh(u) with u &gt; 0, so that the 1 cancels exactly against the sum's numbers: 1 − σ(10⁹) becomes σ(−10⁹)
 * = 1/(1 + e^(10⁹)), about 10^(−434294482), where evaluating 1 − σ(10⁹) as written needs more
 * than 4·10⁸ digits to see anything but 0. An identity, so the rewritten form has the same value;
 * numeric evaluation only (the result is not shown as a formula).
 */
public final class SigmoidComplements {
  private SigmoidComplements() {}

  /** The rewritten expression, or e itself where no sum holds a σ of a positive argument. */
  public static Expression of(Expression e) {
    return switch (e) {
      case Sum s -> {
        List<Expression> terms = new ArrayList<>();
        for (Expression t : s.terms()) {
          complementInto(of(t), terms);
        }
        yield Algebra.sum(terms);
      }
      case Product p -> Algebra.product(p.factors().stream().map(SigmoidComplements::of)
          .toList());
      case Power p -> Algebra.power(of(p.base()), of(p.exponent()));
      case Call c -> new Call(c.function(), c.order(), c.args().stream()
          .map(SigmoidComplements::of).toList());
      default -> e;
    };
  }

  /** t, or c and −c·σ(−u) where t is c·σ(u) with u &gt; 0 (c and −2c·σ(−2u) for tanh). */
  private static void complementInto(Expression t, List<Expression> terms) {
    Num c = Num.ONE;
    Expression rest = t;
    if (t instanceof Product p && p.factors().size() == 2 && p.factors().get(0) instanceof Num n) {
      c = n;
      rest = p.factors().get(1);
    }
    if (rest instanceof Call call && call.order() == 0 && (call.function() == MathFunction.SIGMOID
        || call.function() == MathFunction.TANH) && positive(call.args().get(0))) {
      // σ(u) = 1 − σ(−u); tanh(u) = 1 − 2σ(−2u)
      boolean tanh = call.function() == MathFunction.TANH;
      Num k = tanh ? Num.of(2) : Num.ONE;
      terms.add(c);
      terms.add(Algebra.product(c.multiply(k).negate(), Algebra.call(MathFunction.SIGMOID,
          Algebra.product(k.negate(), call.args().get(0)))));
    } else {
      terms.add(t);
    }
  }

  private static boolean positive(Expression u) {
    if (!Symbols.of(u).isEmpty()) {
      return false;
    }
    try {
      return Numeric.value(u, Map.of(), Environment.EMPTY) > 0;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
