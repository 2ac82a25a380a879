package gradlab.math;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How big an expression is: its distinct nodes (equal subtrees counted once, the size of the
 * expression as a shared DAG, which is what differentiation works on) and the nodes of the tree
 * written out (what a printer without sharing would show). Pure functions.
 */
public final class NodeCount {
  private NodeCount() {}

  /** The number of structurally distinct subexpressions of {@code e}, {@code e} included. */
  public static int distinct(Expression e) {
    Set<Expression> seen = new HashSet<>();
    walk(e, seen);
    return seen.size();
  }

  private static final long CAP = Long.MAX_VALUE / 2;

  /** The number of nodes of {@code e} written out as a tree (saturating at 2⁶²). */
  public static long tree(Expression e) {
    return tree(e, new IdentityHashMap<>());
  }

  private static void walk(Expression e, Set<Expression> seen) {
    if (seen.add(e)) {
      for (Expression c : children(e)) {
        walk(c, seen);
      }
    }
  }

  private static long tree(Expression e, Map<Expression, Long> memo) {
    Long done = memo.get(e);
    if (done != null) {
      return done;
    }
    long n = 1;
    for (Expression c : children(e)) {
      n = Math.min(CAP, n + tree(c, memo));
    }
    memo.put(e, n);
    return n;
  }

  static List<Expression> children(Expression e) {
    return switch (e) {
      case Sum s -> s.terms();
      case Product p -> p.factors();
      case Power p -> List.of(p.base(), p.exponent());
      case Call c -> c.args();
      case Relation r -> List.of(r.lhs(), r.rhs());
      case ExprList l -> l.items();
      case Command c -> c.args();
      case Num n -> List.of();
      case Real r -> List.of();
      case Sym s -> List.of();
      case Const c -> List.of();
    };
  }
}
