package gradlab.symbolic;

import gradlab.math.Algebra;
import gradlab.math.Call;
import gradlab.math.Expression;
import gradlab.math.MathFunction;
import gradlab.math.Num;
import gradlab.math.Product;
import gradlab.math.Sum;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A sum of logarithms and other terms written as one logarithm: c·ln a + t = ln(a^c·eᵗ), where
 * a &gt; 0 (as the real logarithm needs). The library's Limit met ∞ − ∞ in ln σ(z) − z toward −∞
 * and gave up (Indeterminate); as ln(σ(z)·e^(−z)) the argument tends to 1 and the limit is 0.
 * The two forms are equal wherever the first is defined, so a limit of the second is one of the
 * first.
 */
final class MergedLogs {
  private MergedLogs() {}

  /** The merged form, or empty where f is not a sum with a logarithm and another term. */
  static Optional<Expression> of(Expression f) {
    if (!(f instanceof Sum s)) {
      return Optional.empty();
    }
    List<Expression> inside = new ArrayList<>();
    List<Expression> others = new ArrayList<>();
    for (Expression t : s.terms()) {
      Num c = Num.ONE;
      Expression rest = t;
      if (t instanceof Product p && p.factors().size() == 2 && p.factors().get(0) instanceof Num n) {
        c = n;
        rest = p.factors().get(1);
      }
      if (rest instanceof Call call && call.function() == MathFunction.LOG && call.order() == 0) {
        Expression a = call.args().get(0);
        inside.add(c.equals(Num.ONE) ? a : Algebra.power(a, c));
      } else {
        others.add(t);
      }
    }
    if (inside.isEmpty() || others.isEmpty()) {
      return Optional.empty();
    }
    inside.add(Algebra.call(MathFunction.EXP, Algebra.sum(others)));
    return Optional.of(Algebra.call(MathFunction.LOG, Algebra.product(inside)));
  }
}
