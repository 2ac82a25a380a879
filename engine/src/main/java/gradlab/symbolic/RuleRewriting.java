package gradlab.symbolic;

import java.util.ArrayList;
import java.util.List;
import org.matheclipse.core.expression.F;

/**
 * {@link SymbolicEngine#applyRules}, {@link SymbolicEngine#differentiateMarked} and
 * {@link SymbolicEngine#limitsMarked}: rewriting by the rules of functions a text defines, and
 * carrying out the reader's deferred derivatives and limits.
 */
final class RuleRewriting {
  private RuleRewriting() {}

  static Expr applyRules(SymbolicEngine engine, Expr e, List<FunctionRule> rules) {
    if (rules.isEmpty()) {
      return e;
    }
    List<String> all = new ArrayList<>();
    rules.forEach(r -> all.addAll(r.engineRules()));
    String input = e.input();
    if (!input.contains("'")) {
      return engine.eval("ReplaceRepeated(" + input + ", {" + String.join(",", all) + "})");
    }
    // a derivative in prime form does not survive its input form read back (eta*f'(x)^2 came
    // back as 4η²x² for f′(x) = 2x): the parsed rules are applied to e's tree
    Expr rulesList = engine.parse("{" + String.join(",", all) + "}");
    return new Expr(engine.call(() -> ActivationCalculus.tidy(engine.evalRaw(
        F.ReplaceRepeated(engine.raw(e), engine.raw(rulesList))), engine)));
  }

  static Expr differentiateMarked(SymbolicEngine engine, Expr e, String marker) {
    if (!e.input().contains(marker + "(")) {
      return e;
    }
    // innermost first, so that a second derivative dd(dd(f, x), y) is taken (then a rule of
    // the outer one sees no marker in its body)
    Expr out = e;
    for (int k = 0; k < 4 && out.input().contains(marker + "("); k++) {
      out = engine.eval("ReplaceAll(" + out.input() + ", " + marker + "(body_?(FreeQ(#, "
          + marker + ")&), var_) :> D(body, var))");
    }
    return out;
  }

  static Expr limitsMarked(SymbolicEngine engine, Expr e, String marker) {
    if (!e.input().contains(marker + "(")) {
      return e;
    }
    return new Expr(engine.call(() -> MarkedLimits.take(engine, engine.raw(e), marker)));
  }
}
