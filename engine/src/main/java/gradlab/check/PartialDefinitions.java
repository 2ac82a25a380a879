package gradlab.check;

import gradlab.symbolic.Expr;
import gradlab.symbolic.SymbolicEngine;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * A name defined through partial derivatives, Mazur's
 * {@code δ_o1 = ∂E_total/∂out_o1 · ∂out_o1/∂net_o1}: the definition means the derivatives'
 * values, so it is kept with them worked out. ∂A/∂B has two readings (the local partial of A's
 * definition and the total derivative through all definitions); the definition is kept only
 * where both readings agree at random points, else it cannot be read and the steps that use it
 * are not checked.
 */
final class PartialDefinitions {
  private static final int POINTS = 4;

  private PartialDefinitions() {}

  /** Whether {@code rhs} (engine syntax) holds a partial derivative to work out. */
  static boolean hasPartials(String rhs) {
    return rhs.contains("pd(");
  }

  /**
   * The right side with its partial derivatives worked out through the context.
   *
   * @throws IllegalArgumentException naming why it cannot be read: a partial has no meaning
   *     here, or its two readings differ
   */
  static Expr resolve(StepChecker checker, SymbolicEngine engine, CheckContext ctx,
      String rhs) {
    Expr local = checker.resolve(ctx, rhs, true);
    Expr total;
    try {
      total = checker.resolve(ctx, rhs, false);
    } catch (RuntimeException e) {
      return local; // the total reading has no meaning here: the local one is the reading
    }
    if (local.equals(total) || agree(engine, local, total)) {
      return local;
    }
    throw new IllegalArgumentException("its partial derivatives read as local partials and as "
        + "total derivatives differ");
  }

  private static boolean agree(SymbolicEngine engine, Expr a, Expr b) {
    Set<String> names = new TreeSet<>(engine.freeSymbols(a));
    names.addAll(engine.freeSymbols(b));
    Random random = new Random(20261201L);
    for (int k = 0; k < POINTS; k++) {
      Map<String, Double> at = new LinkedHashMap<>();
      for (String n : names) {
        at.put(n, 0.1 + 0.8 * random.nextDouble());
      }
      double x = engine.numeric(a, at);
      double y = engine.numeric(b, at);
      if (!Double.isFinite(x) || !Double.isFinite(y)
          || Math.abs(x - y) > 1e-9 * (1 + Math.abs(x) + Math.abs(y))) {
        return false;
      }
    }
    return true;
  }
}
