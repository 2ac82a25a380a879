package gradlab.check;

import gradlab.symbolic.Definition;
import gradlab.symbolic.Expr;

/** How a run records one definition {@code name = rhs} read in the text (see {@link #define}). */
final class DefinitionSteps {
  private DefinitionSteps() {}

  /**
   * Records {@code name = rhs} as a definition in the run's context, or, where it cannot be one
   * (a name solved from a later quantity, an equation the name satisfies, a meaning not read),
   * checks it as a claim or records it as unread.
   */
  static void define(DocumentRun run, int line, String name, String shown, String rawRhs,
      String rhs) {
    if (run.ctx.defines(name)) {
      run.values.clear(); // a name defined anew: values computed through it are stale
    } // a value stated before its definition (Mazur's out_o1) is kept for substitutions
    try {
      // functions defined in the text are expanded, so that ∂h/∂h_in of h = a(h_in) is a′
      Expr value = PartialDefinitions.hasPartials(rhs)
          ? PartialDefinitions.resolve(run.checker, run.engine, run.ctx, rhs)
          : run.engine.eval(rhs);
      Expr expanded = run.checker.expandFunctions(run.ctx, value);
      if (SelfReferentialEquations.readInPlace(run, line, name, shown, rawRhs, rhs,
          expanded)) {
        return; // v = αv − εg: an equation v satisfies, not a definition
      }
      if (!run.ctx.defines(name) && run.engine.freeSymbols(expanded).stream().anyMatch(n ->
          run.ctx.defines(n) && DependencyCuts.closure(run.engine, run.ctx, n).contains(name))) {
        // z = (ln(u/(1−u)) − b)/w after u = g(w z + b): z solved from u, not a definition
        // (as one it made a cycle, and every later step failed); checked as a claim instead
        run.steps.step(line, name, Relation.EQUAL, rhs, shown.strip(), rawRhs, null, "");
        return;
      }
      run.ctx = run.ctx.withDefinition(new Definition(name, expanded));
      run.written.noteInPlace(name, rhs, line); // for a worked example's numbers put in
      run.network.note(shown, rawRhs); // a^l_j = σ(z^l_j): every layer's a
      run.out.add(new StepResult(line, shown.strip(), Relation.EQUAL, rawRhs, null,
          "definition"));
    } catch (RuntimeException e) {
      // δ^l_j ≡ ∂C/∂z^l_j, BP1
      if (LayeredErrors.readInPlace(run, line, name, shown, rawRhs, rhs)) {
        return;
      }
      if (TypedVectors.defineInPlace(run, line, name, shown, rawRhs)) {
        return; // w = [1, 2] typed in plain text: its value, for steps worked out at it
      }
      String vector = VectorLiterals.reason(rawRhs); // x = [1, 2]: one line
      StepVerdict v = new StepVerdict.NotChecked(vector != null ? vector
          : "definition not understood: " + UserMessages.failure(e.getMessage()));
      if (PartialDefinitions.hasPartials(rhs)) {
        if (run.unread.containsKey(name)) { // δ = … again: a claim about δ, from the earlier ones
          v = PremiseSteps.orChainRule(run, name, Relation.EQUAL, rhs, v);
        }
        run.unread.put(name, line); // a meaning the checker cannot read: later uses unchecked
        run.premises.addInPlace(new PremiseLedger.Claim(line, name, Relation.EQUAL, rhs, run.ctx,
            v));
      }
      // "qq = w2*h*(h": its name is never free afterwards (with qq free, ∂L/∂w1 = 0 of
      // L = (qq - y)²/2 was proved though L depends on w1 through qq)
      run.untaken.markInPlace(run, name, line);
      run.out.add(new StepResult(line, shown.strip(), Relation.EQUAL, rawRhs, v, ""));
    }
  }
}
