package gradlab.symbolic;

import gradlab.math.Algebra;
import gradlab.math.Command;
import gradlab.math.Differentiation;
import gradlab.math.Environment;
import gradlab.math.Expression;
import gradlab.math.Num;
import gradlab.math.Numeric;
import gradlab.math.Substitution;
import gradlab.math.Sum;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A series the algebra library returns is shown only if its Taylor coefficients are f⁽ᵏ⁾(x₀)/k!
 * by our own differentiation (Symja's Series of x·eˣ at 2 came back as e²(x − 2) + e²(x − 2)²,
 * of x at 1 as x − 1: a polynomial factor was shifted). Where they differ, the series is built
 * from our coefficients instead, each simplified by the library and checked the same way.
 */
final class TaylorCheck {
  private TaylorCheck() {}

  /** Whether {@code poly} (without its O term) has f's Taylor coefficients at x0, to 1e-9. */
  static boolean agrees(Expression f, Expression poly, String x, Expression x0, int n) {
    Expression df = f;
    Expression dp = poly;
    for (int k = 0; k <= n; k++) {
      if (k > 0) {
        df = Differentiation.explicitDerivative(df, x, Environment.EMPTY);
        dp = Differentiation.explicitDerivative(dp, x, Environment.EMPTY);
      }
      double a = value(df, x, x0);
      double b = value(dp, x, x0);
      if (!(Math.abs(a - b) <= 1e-9 * (1 + Math.abs(a)))) {
        return false;
      }
    }
    return true;
  }

  /** Σₖ f⁽ᵏ⁾(x₀)/k! (x − x₀)ᵏ + O((x − x₀)ⁿ⁺¹), the coefficients passed through {@code tidy}. */
  static Expression series(Expression f, String x, Expression x0, int n,
      java.util.function.UnaryOperator<Expression> tidy) {
    List<Expression> terms = new ArrayList<>();
    Expression d = f;
    BigInteger factorial = BigInteger.ONE;
    Expression h = Algebra.subtract(new gradlab.math.Sym(x), x0);
    for (int k = 0; k <= n; k++) {
      if (k > 0) {
        d = Differentiation.explicitDerivative(d, x, Environment.EMPTY);
        factorial = factorial.multiply(BigInteger.valueOf(k));
      }
      Expression c = tidy.apply(Substitution.replace(d, Map.of(x, x0)));
      terms.add(Algebra.product(Algebra.divide(c, new Num(factorial, BigInteger.ONE)),
          Algebra.power(h, Num.of(k))));
    }
    terms.add(new Command("O", List.of(Algebra.power(h, Num.of(n + 1)))));
    return Algebra.sum(terms);
  }

  /** The terms of a series result other than its O(…) term. */
  static Expression withoutOrder(Expression series) {
    if (series instanceof Sum s) {
      return Algebra.sum(s.terms().stream().filter(t -> !(t instanceof Command c
          && c.name().equals("O"))).toList());
    }
    return series instanceof Command c && c.name().equals("O") ? Num.ZERO : series;
  }

  private static double value(Expression e, String x, Expression x0) {
    try {
      return Numeric.value(Substitution.replace(e, Map.of(x, x0)), Map.of(), Environment.EMPTY);
    } catch (RuntimeException ex) {
      return Double.NaN;
    }
  }
}
