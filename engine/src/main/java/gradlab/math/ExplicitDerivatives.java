package gradlab.math;

import java.util.List;

/**
 * Named derivatives written out by the catalogue's rules: σ′(u) as σ(u)(1 − σ(u)), σ⁽ⁿ⁾(u) as
 * a polynomial in σ(u), so that σ(u) is the only kernel left (δ′ has no explicit form and stays).
 * For {@code simplify} and the inverse solver. Pure.
 */
public final class ExplicitDerivatives {
  private ExplicitDerivatives() {}

  /** {@code e} with every named derivative written explicitly. */
  public static Expression of(Expression e) {
    return switch (e) {
      case Call c when c.order() > 0 -> Differentiation.explicitNth(c.function(), c.order(),
          of(c.arg()));
      case Call c -> Algebra.call(c.function(), 0, map(c.args()));
      case Sum s -> Algebra.sum(map(s.terms()));
      case Product p -> Algebra.product(map(p.factors()));
      case Power p -> Algebra.power(of(p.base()), of(p.exponent()));
      case Relation r -> new Relation(r.kind(), of(r.lhs()), of(r.rhs()));
      case ExprList l -> new ExprList(map(l.items()));
      default -> e;
    };
  }

  /** True when {@code e} holds a derivative kept named (σ′, σ″, …). */
  public static boolean present(Expression e) {
    return switch (e) {
      case Call c -> c.order() > 0 || c.args().stream().anyMatch(ExplicitDerivatives::present);
      default -> NodeCount.children(e).stream().anyMatch(ExplicitDerivatives::present);
    };
  }

  private static List<Expression> map(List<Expression> es) {
    return es.stream().map(ExplicitDerivatives::of).toList();
  }
}
