package gradlab.symbolic;

import java.util.Optional;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The maximum of a function constant in pieces, such as relu′ = H(z): its derivative is 0 but
 * at the steps, so there is no critical point, and the maximum is a value taken on a whole
 * interval ({@code maximize(D(relu(z), z), z)} said there was none, user23). The pieces are
 * read on a grid of points between the steps; the value is exact at the best one. Runs on the
 * engine thread.
 */
final class StepFunctions {
  private static final int HALF_WIDTH = 40;

  private StepFunctions() {}

  /** The maximum of g when g is a step function of {@code var}, else empty. */
  static Optional<Extremum> maximum(IExpr g, String var, SymbolicEngine engine) {
    IExpr x = SymjaNames.symbol(var);
    if (g.isFree(x) || !g.has(e -> e.isAST() && e.head().toString().equals("HeavisideTheta"),
        true)) {
      return Optional.empty();
    }
    IExpr d = engine.evalRaw(F.D(g, x));
    IExpr apart = engine.evalRaw(F.ReplaceAll(d, engine.parseSymja("DiracDelta(u_) -> 0")));
    if (!apart.isZero()) {
      return Optional.empty();
    }
    // points k + 1/2 never fall on a step at a whole number; nearest 0 first among equals
    IExpr best = null;
    double top = Double.NEGATIVE_INFINITY;
    for (int k = 0; k <= 2 * HALF_WIDTH; k++) {
      int i = k % 2 == 0 ? k / 2 : -(k + 1) / 2;
      IExpr point = F.QQ(2 * i + 1, 2);
      IExpr value = engine.evalRaw(g.replaceAll(F.Rule(x, point)).orElse(g));
      if (!value.isNumber()) {
        return Optional.empty();
      }
      double v = value.evalf();
      if (best == null || v > top + 1e-12 * (1 + Math.abs(top))) {
        top = v;
        best = point;
      }
    }
    IExpr value = engine.evalRaw(g.replaceAll(F.Rule(x, best)).orElse(g));
    engine.note("the function is constant in pieces: this value is taken on a whole interval, "
        + "of which " + UnicodeForm.symbol(var) + " = " + UnicodeForm.format(best)
        + " is one point");
    return Optional.of(new Extremum(var, new Expr(best), new Expr(value),
        "constant in pieces, read between the steps", 0));
  }
}
