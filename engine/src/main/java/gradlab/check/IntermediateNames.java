package gradlab.check;

import gradlab.symbolic.Definition;
import java.util.List;
import java.util.Map;

/**
 * Parr and Howard's way of naming an intermediate: {@code u_1 = f_1(x) = x^3},
 * {@code y = f(x) = x + x^2}. The chain names the quantity u₁ and the function f₁ at once; it
 * is two definitions, not a claim that f₁·x (or f₁ applied to x) equals x³. Read only where
 * both are new to the text — u₁ not defined or bound at a point, f₁ not a function, a name or
 * a parameter the text knows — the chain has exactly these three terms joined by {@code =},
 * and its last term is read. The name then follows the function: where the text defines f
 * anew ({@code f(x) = x \cdot x^2} after {@code y = f(x) = x + x^2}), y is f's new value.
 */
final class IntermediateNames {
  private IntermediateNames() {}

  /** Records the two definitions and returns true, or returns false for any other chain. */
  static boolean names(DocumentRun run, int line, List<String> raw, List<Relation> relations,
      List<String> terms) {
    if (raw.size() != 3 || relations.get(0) != Relation.EQUAL
        || relations.get(1) != Relation.EQUAL || terms.get(0) == null
        || terms.get(2) == null) {
      return false;
    }
    FunctionHeads.Head fn = FunctionHeads.parse(raw.get(1));
    String name = terms.get(0);
    if (fn == null || !EngineNames.is(name) || run.ctx.defines(name)
        || run.ctx.point().containsKey(name) || fn.parameters().contains(name)
        || fn.name().equals(name) || run.functions.contains(fn.name())
        || run.ctx.defines(fn.name()) || run.ctx.point().containsKey(fn.name())
        || run.functions.contains(name) || terms.get(2).matches(".*\\b" + name + "\\b.*")) {
      return false;
    }
    run.ctx = run.ctx.withoutFunction(fn.name());
    run.steps.defineFunction(line, fn.name(), fn.parameterList(), raw.get(2), terms.get(2));
    run.steps.define(line, name, raw.get(0), raw.get(2), terms.get(2));
    run.aliases.put(name, fn.call());
    return true;
  }

  /** After {@code function} is defined anew: each name that follows it takes its new value. */
  static void follow(DocumentRun run, String function, int line) {
    for (Map.Entry<String, String> a : run.aliases.entrySet()) {
      if (!a.getValue().startsWith(function + "(")) {
        continue;
      }
      try {
        run.ctx = run.ctx.withDefinition(new Definition(a.getKey(), run.checker.expandFunctions(
            run.ctx, run.engine.eval(a.getValue()))));
      } catch (RuntimeException e) {
        run.unread.put(a.getKey(), line); // never checked against the old meaning
      }
    }
  }
}
