package gradlab.check;

import gradlab.symbolic.CompiledFunction;
import gradlab.symbolic.Compiler;
import gradlab.symbolic.Definitions;
import gradlab.symbolic.Expr;
import gradlab.symbolic.SymbolicEngine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The second, independent evaluation a refutation must pass: the compiled numeric evaluator
 * (its own instruction set, evaluated in Java doubles), or where it cannot compile the
 * expression, the engine at 30 significant digits with the point's coordinates as exact
 * rationals. Neither shares the double-precision path that found the disagreement.
 */
final class SecondEvaluator {
  private final SymbolicEngine engine;

  SecondEvaluator(SymbolicEngine engine) {
    this.engine = engine;
  }

  /** The value of {@code e} at {@code point}, or NaN when neither evaluator gives one. */
  double value(Expr e, Map<String, Double> point) {
    double compiled = compiled(e, point);
    return Double.isFinite(compiled) ? compiled : highPrecision(e, point);
  }

  /**
   * The compiled evaluator's value alone, in real doubles: NaN where an intermediate is not real
   * (√ or log of a negative number) — or where it cannot compile {@code e}.
   */
  double realValue(Expr e, Map<String, Double> point) {
    return compiled(e, point);
  }

  /** The value of {@code e} at {@code point} at 30 digits (the point as exact rationals). */
  double precise(Expr e, Map<String, Double> point) {
    return highPrecision(e, point);
  }

  private double compiled(Expr e, Map<String, Double> point) {
    try {
      List<String> inputs = new ArrayList<>(point.keySet());
      if (!inputs.containsAll(engine.freeSymbols(e))) {
        return Double.NaN;
      }
      CompiledFunction f = new CompiledFunction(new Compiler(engine).compile(
          new Definitions(List.of()), List.of(engine.named(e)), inputs));
      double[] x = inputs.stream().mapToDouble(point::get).toArray();
      return f.at(x)[0];
    } catch (RuntimeException ex) {
      return Double.NaN;
    }
  }

  private double highPrecision(Expr e, Map<String, Double> point) {
    try {
      Map<String, Expr> exact = new LinkedHashMap<>();
      point.forEach((k, v) -> exact.put(k, engine.eval(rational(v))));
      Expr n = engine.apply("N", engine.substitute(e, exact), engine.eval("30"));
      return n.isNumber() ? n.toDouble() : Double.NaN;
    } catch (RuntimeException ex) {
      return Double.NaN;
    }
  }

  /** An exact rational literal for a double, never in E-notation. */
  static String rational(double v) {
    BigDecimal d = new BigDecimal(v);
    return d.scale() <= 0 ? d.toBigInteger().toString()
        : "(" + d.unscaledValue() + "/" + BigDecimal.TEN.pow(d.scale()).toBigInteger() + ")";
  }
}
