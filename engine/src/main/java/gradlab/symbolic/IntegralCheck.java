package gradlab.symbolic;

import gradlab.math.Differentiation;
import gradlab.math.Environment;
import gradlab.math.ExprList;
import gradlab.math.Expression;
import gradlab.math.Numeric;
import gradlab.math.Sym;
import java.util.List;
import java.util.Map;

/**
 * Whether an integral the algebra library found for the activations written out (σ(x) as
 * 1/(1 + e^−x)) is the integral of the input: an antiderivative is differentiated back and
 * compared with the integrand at random points; a definite integral over finite bounds is
 * compared with Simpson's rule on 2000 panels. Pure; thread-safe.
 */
final class IntegralCheck {
  private static final int PANELS = 2000;

  private IntegralCheck() {}

  /** Why result is not the integral of f over range (x or {x, a, b}), or null if it is. */
  static String failure(Expression f, Expression range, Expression result) {
    if (range instanceof Sym x) {
      Expression back = Differentiation.derivative(result, x.name(), Environment.EMPTY);
      String d = Agreement.disagreement(f, back);
      return d == null ? null : "its derivative differs from the integrand " + d;
    }
    if (range instanceof ExprList l && l.items().size() == 3 && l.items().get(0) instanceof Sym x
        && gradlab.math.Symbols.of(result).isEmpty()) {
      double a;
      double b;
      double value;
      try {
        a = Numeric.value(l.items().get(1), Map.of(), Environment.EMPTY);
        b = Numeric.value(l.items().get(2), Map.of(), Environment.EMPTY);
        value = Numeric.value(result, Map.of(), Environment.EMPTY);
      } catch (RuntimeException e) {
        return "its value could not be compared with a numerical integral";
      }
      if (!Double.isFinite(a) || !Double.isFinite(b)) {
        return "its value could not be compared with a numerical integral (infinite bounds)";
      }
      double h = (b - a) / PANELS;
      double sum = 0;
      for (int i = 0; i <= PANELS; i++) {
        double w = i == 0 || i == PANELS ? 1 : i % 2 == 1 ? 4 : 2;
        sum += w * Numeric.value(f, Map.of(x.name(), a + i * h), Environment.EMPTY);
      }
      double simpson = sum * h / 3;
      return Math.abs(simpson - value) <= 1e-8 * (1 + Math.abs(value)) ? null
          : "Simpson's rule gives " + simpson + ", not " + value;
    }
    return "it could not be checked";
  }

  /** True for integrate(f, x) and integrate(f, {x, a, b}). */
  static boolean checkable(List<Expression> args) {
    return args.size() == 2 && (args.get(1) instanceof Sym || args.get(1) instanceof ExprList);
  }
}
