package gradlab.check;

import gradlab.symbolic.Definition;
import gradlab.symbolic.FunctionRule;
import gradlab.symbolic.SymbolicEngine;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The names a text has introduced; a name outside them never refutes a step. */
final class TextNames {
  private TextNames() {}

  /**
   * Every name the text has introduced: defined names, the names in definitions (also of those
   * the reader cannot read), points.
   */
  static Set<String> of(SymbolicEngine engine, CheckContext ctx) {
    Set<String> out = new HashSet<>(ctx.point().keySet());
    out.addAll(ctx.used().parameters()); // λ of s = λ/2 ‖W‖², a definition not read
    out.addAll(ctx.domain().intervals().keySet());
    for (List<Definition> ds : List.of(ctx.definitions(), ctx.restatements())) {
      for (Definition d : ds) {
        out.add(d.name());
        out.addAll(engine.freeSymbols(d.rhs()));
      }
    }
    // a function the text defines introduces its name, its parameters and the names of its body
    for (FunctionRule rule : ctx.functionRules()) {
      out.add(rule.name());
      out.addAll(rule.parameters());
      out.addAll(engine.freeSymbols(rule.body()));
    }
    // ∂A/∂x of an undefined A, put into definitions as A's general form, is a value the text
    // never defines: on one side only it keeps the step "not checked" (OpaqueDerivatives)
    out.removeIf(n -> n.startsWith(OpaqueDerivatives.PREFIX));
    return out;
  }
}
