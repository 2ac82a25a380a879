package gradlab.math;

import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The symbols and functions occurring in an expression (not looking through definitions). */
public final class Symbols {
  private Symbols() {}

  public static Set<String> of(Expression e) {
    Set<String> out = new LinkedHashSet<>();
    walk(e, out, new IdentityHashMap<>());
    return out;
  }

  /** The catalogue functions applied anywhere in {@code e} (a derivative counts as its function). */
  public static Set<MathFunction> functions(Expression e) {
    Set<MathFunction> out = java.util.EnumSet.noneOf(MathFunction.class);
    functions(e, out, new IdentityHashMap<>());
    return out;
  }

  private static void functions(Expression e, Set<MathFunction> out,
      Map<Expression, Boolean> seen) {
    if (seen.put(e, true) != null) {
      return;
    }
    List<Expression> children = switch (e) {
      case Call c -> {
        out.add(c.function());
        yield c.args();
      }
      case Sum s -> s.terms();
      case Product p -> p.factors();
      case Power p -> List.of(p.base(), p.exponent());
      case Relation r -> List.of(r.lhs(), r.rhs());
      case ExprList l -> l.items();
      case Command c -> c.args();
      case Sym s -> List.of();
      case Num n -> List.of();
      case Real r -> List.of();
      case Const c -> List.of();
    };
    children.forEach(a -> functions(a, out, seen));
  }

  private static void walk(Expression e, Set<String> out, Map<Expression, Boolean> seen) {
    if (seen.put(e, true) != null) {
      return;
    }
    switch (e) {
      case Sym s -> out.add(s.name());
      case Num n -> { }
      case Real r -> { }
      case Const c -> { }
      case Call c -> c.args().forEach(a -> walk(a, out, seen));
      case Sum s -> s.terms().forEach(a -> walk(a, out, seen));
      case Product p -> p.factors().forEach(a -> walk(a, out, seen));
      case Power p -> {
        walk(p.base(), out, seen);
        walk(p.exponent(), out, seen);
      }
      case Relation r -> {
        walk(r.lhs(), out, seen);
        walk(r.rhs(), out, seen);
      }
      case ExprList l -> l.items().forEach(a -> walk(a, out, seen));
      case Command c -> c.args().forEach(a -> walk(a, out, seen));
    }
  }
}
