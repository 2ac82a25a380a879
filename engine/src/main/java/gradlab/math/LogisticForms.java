package gradlab.math;

import java.util.ArrayList;
import java.util.List;

/**
 * A derivative's result with the logistic function named: e^u/(1 + e^u) and 1/(1 + e^(−u)) are
 * σ(u), and their k-th powers σ(u)^k, so that diff(log(1 + exp(z)) − y·z, z) is σ(z) − y, as
 * textbooks write it, not e^z/(1 + e^z) − y. An identity, factor by factor: a product is
 * rewritten only where e^u and (1 + e^u)^(−k) stand in it with the same power k.
 */
public final class LogisticForms {
  private LogisticForms() {}

  /** e with every logistic quotient in it named σ. */
  public static Expression named(Expression e) {
    return switch (e) {
      case Sum s -> Algebra.sum(s.terms().stream().map(LogisticForms::named).toList());
      case Product p -> inProduct(p.factors().stream().map(LogisticForms::factor).toList());
      case Power p -> inProduct(List.of(factor(p)));
      case Call c -> Algebra.call(c.function(), c.order(), c.args().stream()
          .map(LogisticForms::named).toList());
      case ExprList l -> new ExprList(l.items().stream().map(LogisticForms::named).toList());
      case Relation r -> new Relation(r.kind(), named(r.lhs()), named(r.rhs()));
      default -> e;
    };
  }

  /** A factor of a product named inside; a power is left for its product to match. */
  private static Expression factor(Expression f) {
    return f instanceof Power p ? Algebra.power(named(p.base()), named(p.exponent())) : named(f);
  }

  private static Expression inProduct(List<Expression> factors) {
    List<Expression> out = new ArrayList<>(factors);
    for (Expression f : factors) {
      if (!(f instanceof Power p) || !(p.exponent() instanceof Num n) || !n.isInteger()
          || n.signum() >= 0 || !out.contains(f)) {
        continue;
      }
      Expression u = onePlusExpOf(p.base());
      if (u == null) {
        continue;
      }
      Num k = n.negate();
      Expression numerator = k.equals(Num.ONE) ? Algebra.call(MathFunction.EXP, u)
          : Algebra.power(Algebra.call(MathFunction.EXP, u), k);
      if (out.contains(numerator)) { // e^(ku)/(1 + e^u)^k = σ(u)^k
        out.remove(numerator);
        out.remove(f);
        out.add(Algebra.power(Algebra.call(MathFunction.SIGMOID, u), k));
      } else if (u instanceof Product q && q.factors().get(0).equals(Num.MINUS_ONE)) {
        out.remove(f); // 1/(1 + e^(−v))^k = σ(v)^k
        out.add(Algebra.power(Algebra.call(MathFunction.SIGMOID, Algebra.negate(u)), k));
      }
    }
    return Algebra.product(out);
  }

  /** u where e is 1 + e^u (in either order), else null. */
  private static Expression onePlusExpOf(Expression e) {
    if (e instanceof Sum s && s.terms().size() == 2 && s.terms().contains(Num.ONE)) {
      Expression other = s.terms().get(s.terms().get(0).equals(Num.ONE) ? 1 : 0);
      if (other instanceof Call c && c.function() == MathFunction.EXP && c.order() == 0
          && c.args().size() == 1) {
        return c.args().get(0);
      }
    }
    return null;
  }
}
