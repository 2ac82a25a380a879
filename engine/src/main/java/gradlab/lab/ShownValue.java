package gradlab.lab;

import gradlab.math.Environment;
import gradlab.math.Expression;
import gradlab.math.Real;
import gradlab.math.Sym;
import gradlab.symbolic.Expr;
import gradlab.symbolic.MathEvaluator;
import gradlab.symbolic.SymbolicEngine;

/**
 * The result of a worksheet statement that defines nothing: a defined name alone shows its
 * definition, a relation between formulas is shown with a remark (not decided), a result that
 * is not real says so, and a decimal 0 or infinity of cancelling doubles is computed again
 * exactly.
 *
 * @param value the result as the engine's expression (the worksheet's last value)
 * @param printed the result in the three printed forms
 */
record ShownValue(Expr value, Worksheet.Printed printed) {

  static ShownValue of(Expression written, Environment env, MathEvaluator evaluator,
      SymbolicEngine engine) {
    Expression shown = written;
    if (shown instanceof Sym s && env.defines(s.name())) {
      shown = env.rhs(s.name()).orElseThrow(); // L alone shows what L is, not the name
    }
    Expression value = evaluator.evaluateResult(shown, env);
    if (value instanceof gradlab.math.Relation rel && rel.kind() != gradlab.math.Relation.Kind.RULE
        && !env.freeSymbols(rel).isEmpty()) {
      // tanh'(x) == 1 + tanh(x)^2 printed 1 − tanh(x)² = 1 + tanh(x)² with no verdict
      engine.remark("a relation between formulas is shown, not decided: simplify(left − right)"
          + " gives 0 when the two agree, and :check left = right (or gradlab check) decides it");
    }
    if (env.freeSymbols(shown).isEmpty()) {
      // √(−4) came back from the library as I*2, where log(−1) and N(√(−4)) say "not real"
      try {
        gradlab.math.Numeric.value(value, java.util.Map.of(), env);
      } catch (ArithmeticException e) {
        if (String.valueOf(e.getMessage()).startsWith("not real")) {
          throw new ArithmeticException(gradlab.math.Printer.unicode(value) + " is not real");
        }
      } catch (RuntimeException e) {
        // lists, commands and other results the double evaluator does not take: shown as they are
      }
    }
    if (value instanceof Real r && r.digits() == null && (r.value() == 0
        || !Double.isFinite(r.value())) && env.freeSymbols(shown).isEmpty()) {
      // x = 1e-20; (σ(x) − 1/2)/x is 0.25, not the 0.0 of cancelling doubles; exp(1000.) is
      // 1.97×10⁴³⁴, not Infinity
      value = evaluator.numberOf(shown, env);
    }
    Expr last = evaluator.toExpr(value);
    if (value instanceof Real r && r.digits() != null) {
      String unicode = gradlab.math.Printer.decimal(r.digits());
      String input = r.digits().toString(); // 1E-400 reads back; N(σ(1), 30) stays plain
      return new ShownValue(last, new Worksheet.Printed(unicode,
          gradlab.math.Printer.decimal(r.digits(), true), input, ""));
    }
    return new ShownValue(last, Worksheet.Printed.of(last, value));
  }
}
