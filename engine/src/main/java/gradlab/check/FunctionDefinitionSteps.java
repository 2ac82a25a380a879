package gradlab.check;

import java.util.List;
import java.util.Objects;

/**
 * {@code f(x, y) = …} with named arguments defines f. Of a defined f it is first a claim: where
 * it holds it is shown proved; where it differs it is f defined anew (CS231n's next example
 * f(x, y) = x + y after f(x, y) = x y), shown as such, never refuted.
 */
final class FunctionDefinitionSteps {
  private FunctionDefinitionSteps() {}

  /**
   * Defines (or restates) f; says whether the definition was taken, and where it was refused,
   * whether the chain's later links are still checked ({@link UnreadFunctionChainLinks}).
   */
  static UnreadFunctionChainLinks.Definition definedInPlace(DocumentRun run, int line,
      FunctionHeads.Head fn,
      List<String> raw, List<String> terms, ChainTerms main, ChainTerms alt) {
    String f = fn.name();
    if (HypothesisSubscripts.names(raw.get(0)) || f.equals("ell")
        || SubscriptedHeads.names(raw.get(0))) { // \eta_l(t) = …: etal
      run.engine.declareFunctionInPlace(f); // h_θ (htheta), \ell: a function like f, though longer
    }
    if (alt != null && !Objects.equals(alt.engine().get(1), terms.get(1))
        && TwoReadingDefinitions.differ(main.ambiguities())) {
      // g(x) = x Φ(x) with Φ never defined: a product or an application; neither is g
      run.ctx = run.ctx.withoutFunction(f);
      run.unread.put(f, line);
      run.out.add(new StepResult(line, raw.get(0).strip(), Relation.EQUAL, raw.get(1),
          new StepVerdict.NotChecked("a function defined through notation with two readings ("
              + String.join("; ", main.ambiguities()) + "); steps that use " + f
              + " are not checked"), ""));
      return UnreadFunctionChainLinks.Definition.REFUSED;
    }
    if (FunctionValuesAtDefinedArguments.refusedInPlace(run, line, fn, raw, terms.get(1))) {
      // f(z) = -0.015 at the example's z = w*x + b: a value, not f's rule
      return UnreadFunctionChainLinks.Definition.REFUSED;
    }
    if (FunctionsFreeOfTheirParameters.refusedInPlace(run, line, fn, raw, terms.get(1))) {
      // L(w) = -(y log p + …) with p = σ(w x) after it: L depends on w unread
      return UnreadFunctionChainLinks.refused(raw);
    }
    if (SelfDefinedFunctions.refusedInPlace(run, line, f, raw, terms)) {
      // g(x) = g'(x) + 1: no definition, and checking through it never ends
      return UnreadFunctionChainLinks.Definition.REFUSED;
    }
    if (UnreadFunctionBodies.refusedInPlace(run, line, f, raw, terms.get(1))) {
      // p(x) = 𝒩(μ₁, σ₁): a function the text does not define, and so neither p
      return UnreadFunctionChainLinks.refused(raw);
    }
    if (CaseRestatements.refusedInPlace(run, line, fn, raw, terms.get(1))) {
      // "… for $x > 0$, so $s(x) = …$": checked against the case, ✗ not taken
      return UnreadFunctionChainLinks.Definition.REFUSED;
    }
    run.unread.remove(f);
    boolean earlier = run.functions.contains(f) // a name seen in the text, or a rule given
        && run.ctx.functionRules().stream().anyMatch(r -> r.name().equals(f));
    StepVerdict same = !earlier ? null : run.budget.run(by -> run.checker.check(
        run.ctx, terms.get(0), Relation.EQUAL, terms.get(1), by));
    if (same instanceof StepVerdict.Proved || same instanceof StepVerdict.Unknown) {
      run.out.add(new StepResult(line, raw.get(0).strip(), Relation.EQUAL, raw.get(1), same, ""));
    } else {
      run.earlierRules.replaced(run.ctx, f, line); // f-GAN's f(u) = u log u, then (u − 1)²
      run.ctx = run.ctx.withoutFunction(f);
      boolean restated = run.ctx.defines(f) && run.budget.run(by -> run.checker.check(run.ctx,
          f, Relation.EQUAL, terms.get(1), by)) instanceof StepVerdict.Proved; // u, u(x) = x²
      if ((run.ctx.defines(f) || run.sized.defines(f)) && !restated) { // L = (w − 1)² or L(w) =
        // Σ … of problem 2, then L(a, b) = …: the quantity's definition had stayed, so ∂L/∂a was
        // "not checked: a occurs nowhere in the definitions" (user35)
        run.ctx = run.ctx.withoutDefinitions(java.util.Set.of(f));
        run.sized.forget(f);
      }
      FunctionHeads.family(run, fn, raw.get(0).strip(), line);
      run.bodyTexts.recordInPlace(f, raw.get(1));
      run.steps.defineFunction(line, f, fn.parameterList(), raw.get(1), terms.get(1), same == null
          ? "function definition" : "function defined anew: it differs from the earlier "
          + LatexNames.readable(f) + ", and the steps after it use this one");
    }
    return UnreadFunctionChainLinks.Definition.TAKEN;
  }
}
