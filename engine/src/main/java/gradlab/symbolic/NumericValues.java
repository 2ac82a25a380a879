package gradlab.symbolic;

import gradlab.math.Environment;
import gradlab.math.Expression;
import gradlab.math.Numeric;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * {@link SymbolicEngine#numeric} and {@link SymbolicEngine#value}: an expression's value at a
 * point, by the math language's evaluators where it translates to a tree, else by the algebra
 * engine's own numerics. Runs on the engine thread.
 */
final class NumericValues {
  private NumericValues() {}

  /** In double; a value the double evaluation loses is the algebra engine's. */
  static double numeric(SymbolicEngine engine, Expr e, Map<String, Double> values) {
    Optional<Expression> t = engine.treeRaw(engine.raw(e));
    if (t.isPresent()) {
      try {
        double d = Numeric.value(t.get(), values, Environment.EMPTY);
        if (Double.isFinite(d)) {
          return d;
        }
      } catch (ArithmeticException | IllegalArgumentException lost) {
        // the algebra engine's numerics below decide, as before
      }
    }
    return byEngine(engine, e, values);
  }

  /** In double, at higher precision where the double loses it ({@link PointValue}). */
  static double value(SymbolicEngine engine, Expr e, Map<String, Double> values) {
    Optional<Expression> t = engine.treeRaw(engine.raw(e));
    return t.isPresent() ? PointValue.at(t.get(), values) : byEngine(engine, e, values);
  }

  private static double byEngine(SymbolicEngine engine, Expr e, Map<String, Double> values) {
    IExpr v = engine.evalRaw(F.N(ActivationCalculus.expandDerivatives(
        engine.substituteRaw(engine.raw(e), toExprs(values)), engine)));
    if (!v.isReal() && !v.isNumber()) {
      Set<String> free = InputForm.symbolsOf(v);
      throw new IllegalArgumentException(free.isEmpty()
          ? "no finite value at this point (it overflows the numbers this evaluation uses)"
          : "not a number after substitution: no value for " + String.join(", ", free)
              + "; hint: give each a value, e.g. num(f, \"x\", 1.0)");
    }
    return v.isReal() ? v.evalf() : Double.NaN;
  }

  private static Map<String, Expr> toExprs(Map<String, Double> values) {
    Map<String, Expr> m = new LinkedHashMap<>();
    values.forEach((k, v) -> m.put(k, new Expr(F.num(v))));
    return m;
  }
}
