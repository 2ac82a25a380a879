package gradlab.math;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Replaces symbols by expressions and rebuilds through {@link Algebra}. Shared nodes stay shared. */
public final class Substitution {
  private Substitution() {}

  /** Replaces each symbol for which {@code values} gives non-null. */
  public static Expression replace(Expression e, Function<String, Expression> values) {
    return new Walker(values).go(e);
  }

  public static Expression replace(Expression e, Map<String, Expression> values) {
    return replace(e, values::get);
  }

  /** Replaces every subexpression equal to {@code target} by {@code replacement}. */
  public static Expression replaceNodes(Expression e, Expression target,
      Expression replacement) {
    if (e.equals(target)) {
      return replacement;
    }
    return switch (e) {
      case Call c -> Algebra.call(c.function(), c.order(), c.args().stream()
          .map(a -> replaceNodes(a, target, replacement)).toList());
      case Sum s -> Algebra.sum(s.terms().stream()
          .map(a -> replaceNodes(a, target, replacement)).toList());
      case Product p -> Algebra.product(p.factors().stream()
          .map(a -> replaceNodes(a, target, replacement)).toList());
      case Power p -> Algebra.power(replaceNodes(p.base(), target, replacement),
          replaceNodes(p.exponent(), target, replacement));
      case Relation r -> new Relation(r.kind(), replaceNodes(r.lhs(), target, replacement),
          replaceNodes(r.rhs(), target, replacement));
      case ExprList l -> new ExprList(l.items().stream()
          .map(a -> replaceNodes(a, target, replacement)).toList());
      default -> e;
    };
  }

  private static final class Walker {
    private final Function<String, Expression> values;
    private final Map<Expression, Expression> memo = new IdentityHashMap<>();

    Walker(Function<String, Expression> values) {
      this.values = values;
    }

    Expression go(Expression e) {
      Expression done = memo.get(e);
      if (done == null) {
        done = rebuild(e);
        memo.put(e, done);
      }
      return done;
    }

    private List<Expression> all(List<Expression> in) {
      List<Expression> out = new ArrayList<>(in.size());
      for (Expression x : in) {
        out.add(go(x));
      }
      return out;
    }

    private Expression rebuild(Expression e) {
      return switch (e) {
        case Sym s -> {
          Expression v = values.apply(s.name());
          yield v == null ? s : v;
        }
        case Num n -> n;
        case Real r -> r;
        case Const c -> c;
        case Call c -> Algebra.call(c.function(), c.order(), all(c.args()));
        case Sum s -> Algebra.sum(all(s.terms()));
        case Product p -> Algebra.product(all(p.factors()));
        case Power p -> Algebra.power(go(p.base()), go(p.exponent()));
        case Relation r -> new Relation(r.kind(), go(r.lhs()), go(r.rhs()));
        case ExprList l -> new ExprList(all(l.items()));
        case Command c -> new Command(c.name(), all(c.args()));
      };
    }
  }
}
