package gradlab.check;

import gradlab.symbolic.Definition;
import gradlab.symbolic.Expr;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Parr and Howard's {@code \frac{d}{du_1} u_2} where the text defines both u₁ = x³ and
 * u₂ = sin(u₁): the derivative of u₂ with u₁ as the variable, then taken at u₁'s value. It is
 * read only where the expression, with every definition but u₁'s put in, is written in u₁ alone
 * (and numbers): then no other variable can be held fixed or not, and the reading is the only
 * one. {@code d/du_1 (u_1 + w)} with w = x is left as it was (x held fixed, or x = u₁^{1/3}?),
 * and the step checker then says which variables it cannot tell held fixed.
 */
final class LocalDerivatives {
  private LocalDerivatives() {}

  /** {@code side} with each such dd(E, v) replaced by its value, in engine syntax. */
  static String rewrite(DocumentRun run, String side) {
    String s = side;
    int from = 0;
    while (true) {
      int at = s.indexOf("dd(", from);
      if (at < 0 || (at > 0 && Character.isLetterOrDigit(s.charAt(at - 1)))) {
        if (at < 0) {
          return s;
        }
        from = at + 3;
        continue;
      }
      int end = TopLevel.closing(s, at + 2);
      int last = end < 0 ? -1 : TopLevel.last(s.substring(at + 3, end), ',');
      int comma = at + 3 + last;
      if (end < 0 || last < 0) {
        return s;
      }
      String var = s.substring(comma + 1, end).strip();
      String value = derivative(run, s.substring(at + 3, comma), var);
      if (value == null) {
        from = end;
        continue;
      }
      s = s.substring(0, at) + "(" + value + ")" + s.substring(end + 1);
      from = at + value.length() + 2;
    }
  }

  private static String derivative(DocumentRun run, String expr, String var) {
    if (!EngineNames.is(var) || !run.ctx.defines(var) || expr.contains("dd(")
        || expr.contains("pd(")) {
      return null;
    }
    try {
      Map<String, Expr> others = new HashMap<>();
      for (Definition d : run.ctx.definitions()) {
        if (!d.name().equals(var)) {
          others.put(d.name(), d.rhs());
        }
      }
      Expr e = run.checker.expandFunctions(run.ctx, run.engine.eval(expr));
      for (int k = 0; k < 10 && !others.isEmpty(); k++) {
        Expr next = run.engine.substitute(e, others);
        if (next.equals(e)) {
          break;
        }
        e = next;
      }
      Set<String> free = run.engine.freeSymbols(e);
      if (!free.equals(Set.of(var))) {
        return null;
      }
      return run.engine.diff(e, var).input();
    } catch (RuntimeException ex) {
      return null;
    }
  }
}
