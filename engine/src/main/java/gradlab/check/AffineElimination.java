package gradlab.check;

import gradlab.symbolic.Expr;
import gradlab.symbolic.SymbolicEngine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Solves equations {@code E_i = 0} that are affine in some unknowns (the quantities a text
 * never defines: ∂C/∂a, δ) by elimination: each equation, in the order given, is solved for
 * one unknown it holds with a coefficient free of that unknown and not identically zero, and
 * the value is put into the other equations and the values found before. The solution is
 * unique where the coefficients are not zero; they are returned so that a caller can check a
 * point against them. An equation left with no unknown is either identically zero (redundant),
 * a nonzero number (the equations contradict each other) or a condition on the other names,
 * which this does not solve: the result then says so ({@link Result#partial}). Stateless.
 */
final class AffineElimination {
  private static final long SEED = 20261201L;

  private AffineElimination() {}

  /**
   * The outcome.
   *
   * @param values each solved unknown's value, in the other names
   * @param coefficients the coefficients divided by, which must not be zero where used
   * @param used the indices of the equations used (solved from, or found redundant)
   * @param skipped the indices of the equations that read c·u = 0 (two readings: not used)
   * @param partial whether some equation could not be used (not affine, or a condition)
   * @param contradiction the index of an equation that reduced to a false number, or -1
   */
  record Result(Map<String, Expr> values, List<Expr> coefficients, List<Integer> used,
      List<Integer> skipped, boolean partial, int contradiction) {}

  /**
   * Eliminates {@code unknowns} from {@code equations} (each meaning E = 0); {@code preferred}
   * names, per equation, the unknown to solve it for first (its left side), or null.
   */
  static Result solve(SymbolicEngine engine, List<Expr> equations, List<String> preferred,
      Set<String> unknowns) {
    Map<String, Expr> values = new LinkedHashMap<>();
    List<Expr> coefficients = new ArrayList<>();
    List<Integer> used = new ArrayList<>();
    List<Integer> skipped = new ArrayList<>();
    boolean partial = false;
    for (int i = 0; i < equations.size(); i++) {
      Expr e = values.isEmpty() ? equations.get(i) : engine.substitute(equations.get(i), values);
      Set<String> in = new LinkedHashSet<>();
      if (preferred.get(i) != null) {
        in.add(preferred.get(i));
      }
      in.addAll(engine.freeSymbols(e));
      in.retainAll(unknowns);
      in.removeAll(values.keySet());
      String solvedFor = null;
      boolean homogeneous = false;
      for (String u : in) {
        Expr c = engine.simplify(engine.diff(e, u));
        if (c.isFreeOf(u) && !identicallyZero(engine, c)) {
          Expr rest = engine.substitute(e, Map.of(u, engine.eval("0")));
          if (!c.isNumber() && identicallyZero(engine, rest)) {
            // c·u = 0 has two readings, u = 0 or c = 0 (a relation of the other names the
            // text may mean, as a = σ(z)): neither is taken
            homogeneous = true;
            continue;
          }
          Expr value = engine.simplify(engine.substitute(engine.eval("-(premiserest)/"
              + "(premisecoefficient)"), Map.of("premiserest", rest, "premisecoefficient", c)));
          Map<String, Expr> one = Map.of(u, value);
          values.replaceAll((k, v) -> engine.simplify(engine.substitute(v, one)));
          values.put(u, value);
          coefficients.add(c);
          solvedFor = u;
          break;
        }
      }
      if (solvedFor != null) {
        used.add(i);
      } else if (identicallyZero(engine, e)) {
        used.add(i); // implied by the equations before it
      } else if (homogeneous) {
        skipped.add(i); // not used, and not cited
      } else if (engine.simplify(e).isNumber()) {
        return new Result(values, coefficients, used, skipped, true, i);
      } else {
        partial = true; // a condition on the other names, or not affine: not used
      }
    }
    return new Result(values, coefficients, used, skipped, partial, -1);
  }

  /** Whether {@code e} is zero: proved by simplification, or zero at five seeded points. */
  static boolean identicallyZero(SymbolicEngine engine, Expr e) {
    Expr s = engine.simplify(e);
    if (s.isNumber()) {
      return s.toDouble() == 0;
    }
    Random random = new Random(SEED);
    for (int k = 0; k < 5; k++) {
      Map<String, Double> p = new LinkedHashMap<>();
      for (String n : engine.freeSymbols(s)) {
        p.put(n, 0.2 + 0.7 * random.nextDouble());
      }
      double v;
      try {
        v = engine.numeric(s, p);
      } catch (RuntimeException ex) {
        return false;
      }
      if (!(Math.abs(v) < 1e-12)) {
        return false;
      }
    }
    return true;
  }
}
