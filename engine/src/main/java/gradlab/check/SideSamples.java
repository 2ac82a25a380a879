package gradlab.check;

import gradlab.symbolic.Expr;
import gradlab.symbolic.SymbolicEngine;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Cheap numeric probes of a step's sides, without a proof: a named point's values as numbers,
 * whether a side varies with names, whether it is one number whatever they are. Moved out of
 * {@link StepChecker} (pure movement, to keep it under 300 lines). Stateless beyond its engine.
 */
final class SideSamples {
  private final SymbolicEngine engine;

  SideSamples(SymbolicEngine engine) {
    this.engine = engine;
  }

  /** Whether {@code e} takes two different values at two seeded points (cheap, no proof). */
  boolean varies(Expr e, Set<String> names, CheckContext ctx) {
    try {
      Map<String, Double> p = new LinkedHashMap<>(numeric(ctx.point()));
      Map<String, Double> q = new LinkedHashMap<>(p);
      Random random = new Random(11);
      for (String n : names) {
        p.put(n, 0.5 + random.nextDouble());
        q.put(n, -0.5 - random.nextDouble());
      }
      double a = engine.numeric(e, p);
      double b = engine.numeric(e, q);
      return Double.isFinite(a) && Double.isFinite(b) && Math.abs(a - b) > 1e-6 * (1
          + Math.abs(a));
    } catch (RuntimeException ex) {
      return false;
    }
  }

  /**
   * Whether {@code e} is one number whatever its {@code names} are: finite and equal (to 10⁻⁹)
   * at six points of both signs; an evaluation that fails makes it not known constant.
   */
  boolean isConstant(Expr e, Set<String> names, CheckContext ctx) {
    Random random = new Random(13);
    Double first = null;
    for (int k = 0; k < 6; k++) {
      Map<String, Double> p = new LinkedHashMap<>(numeric(ctx.point()));
      for (String n : names) {
        double m = 0.3 + 1.5 * random.nextDouble();
        p.put(n, k % 2 == 0 ? m : -m);
      }
      double a;
      try {
        a = engine.numeric(e, p);
      } catch (RuntimeException ex) {
        return false;
      }
      if (!Double.isFinite(a) || (first != null && Math.abs(a - first) > 1e-9 * (1
          + Math.abs(first)))) {
        return false;
      }
      first = first == null ? a : first;
    }
    return true;
  }

  Map<String, Double> numeric(Map<String, Expr> point) {
    Map<String, Double> out = new LinkedHashMap<>();
    point.forEach((k, v) -> out.put(k, engine.numeric(v, Map.of())));
    return out;
  }
}
