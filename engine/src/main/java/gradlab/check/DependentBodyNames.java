package gradlab.check;

import gradlab.symbolic.Definition;
import gradlab.symbolic.Definitions;
import gradlab.symbolic.Expr;
import gradlab.symbolic.SymbolicEngine;
import java.util.List;

/**
 * A function whose body uses a name the text defined from the function's own parameter: "Let
 * $u = \sqrt{2/\pi}(x + 0.044715x^3)$ and $g(x) = 0.5x(1 + \tanh u)$". The x of g is the text's
 * x, so u is put in before g is differentiated; held fixed, g′(x) lost the chain term through u
 * and a student's correct g′(x) = 0.5(1 + tanh u) + 0.5x(1 − tanh² u)u′ was refuted at a u and
 * an x sampled apart. The parameters themselves are never put in (σ(z) after z = w x + b stays
 * a function of z), nor names whose definitions do not reach a parameter. Stateless.
 */
final class DependentBodyNames {
  private DependentBodyNames() {}

  /**
   * The body read with its parameter-dependent names put in, or null when it has none (or
   * cannot be read here: the rule is then made from the body as written, as before).
   */
  static Expr ofBody(SymbolicEngine engine, CheckContext ctx, List<String> parameters,
      String body) {
    try {
      Expr read = engine.eval(body);
      Expr out = inline(engine, ctx, parameters, read);
      return out == read ? null : out;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * {@code body} with the definitions of its names that depend on a parameter put in, or
   * {@code body} itself when there are none.
   */
  static Expr inline(SymbolicEngine engine, CheckContext ctx, List<String> parameters,
      Expr body) {
    List<Definition> others = ctx.definitions().stream()
        .filter(d -> !parameters.contains(d.name())).toList();
    if (others.isEmpty()) {
      return body;
    }
    Definitions defs = Definitions.inDependencyOrder(others);
    Expr out = body;
    for (String name : engine.freeSymbols(body)) {
      if (parameters.contains(name) || !defs.defines(name)) {
        continue;
      }
      Expr value = defs.inline(engine, defs.rhs(name).orElseThrow());
      if (parameters.stream().anyMatch(p -> !value.isFreeOf(p))) {
        out = engine.substitute(out, java.util.Map.of(name, value));
      }
    }
    return out;
  }
}
