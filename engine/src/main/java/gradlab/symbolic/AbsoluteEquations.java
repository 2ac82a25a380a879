package gradlab.symbolic;

import gradlab.math.Call;
import gradlab.math.Expression;
import gradlab.math.MathFunction;
import gradlab.math.Num;
import gradlab.math.Relation;
import java.util.List;

/**
 * An equation |u| = c with c a positive number is the two equations u = c and u = −c. The
 * library gave up on {@code solve(abs(4σ′(z)) == 1, z)}, the very equation solve's own hint for
 * the inequality |4σ′(z)| ≥ 1 names (a teacher's first session). Each case's roots are still
 * substituted back by the solver; only a positive number on the other side is split (|u| = c
 * with c a name or negative is left as it was). Stateless.
 */
final class AbsoluteEquations {
  private AbsoluteEquations() {}

  /** The two cases of {@code equation}, or null where it is not |u| = c with c > 0. */
  static List<Expression> cases(Expression equation) {
    if (!(equation instanceof Relation r) || r.kind() != Relation.Kind.EQUAL) {
      return null;
    }
    Expression inner = absArgument(r.lhs());
    Expression c = r.rhs();
    if (inner == null) {
      inner = absArgument(r.rhs());
      c = r.lhs();
    }
    if (inner == null || !(c instanceof Num n) || n.num().signum() <= 0) {
      return null;
    }
    return List.of(new Relation(Relation.Kind.EQUAL, inner, n),
        new Relation(Relation.Kind.EQUAL, inner, n.negate()));
  }

  private static Expression absArgument(Expression e) {
    return e instanceof Call call && call.function() == MathFunction.ABS && call.order() == 0
        && call.args().size() == 1 ? call.arg() : null;
  }
}
