package gradlab.check;

import java.util.List;

/**
 * A member of a family the text defines, given a closed value in a worked example:
 * {@code p_i = e^{z_i} / \sum_k e^{z_k}}, then "With $z = (1, 0)$: $$p_1 = \frac{e}{e + 1}$$".
 * That was a new definition of p₁ as the constant e/(e + 1), so the example's next step,
 * {@code \partial L / \partial z_1 = p_1 - 1}, was "not checked: z₁ occurs nowhere in the
 * definitions". Where the value holds at the text's point it is a restatement (shown proved)
 * and p₁ stays the family's member; where it does not hold or cannot be decided, nothing is
 * shown from here and the line is read as before (a definition): this reading never refutes.
 */
final class FamilyMemberValues {
  private FamilyMemberValues() {}

  /** Whether the chain's first link was a member's value that holds (its result added). */
  static boolean readInPlace(DocumentRun run, int line, List<String> raw, ChainTerms main,
      Relation rel0) {
    List<String> terms = main.engine();
    String head = terms.get(0);
    if (rel0 != Relation.EQUAL || head == null || terms.get(1) == null
        || !EngineNames.is(head) || run.ctx.defines(head) || !closed(run, terms.get(1))) {
      return false;
    }
    IndexedFamilies.Family family = run.indexed.ofMember(raw.get(0)); // p_1 of p_i
    Integer k = family == null ? null : size(run, family);
    if (k == null) {
      return false;
    }
    CheckContext at = run.indexed.at(run, run.ctx, k, java.util.Set.of(head));
    if (at == null) {
      return false;
    }
    StepVerdict v = run.budget.run(by -> run.checker.check(at, head, Relation.EQUAL,
        terms.get(1), by));
    if (!(v instanceof StepVerdict.Proved)) {
      return false;
    }
    run.out.add(new StepResult(line, raw.get(0).strip(), Relation.EQUAL, raw.get(1), v, ""));
    if (run.values.valueOf(head) == null) { // p_1 − 1 ≈ −0.269 below: with p₁'s value
      run.values.put(head, terms.get(1), Substitutions.name(head), line);
    }
    return true;
  }

  /** The family's one size letter's stated whole value (K = 2 of Σ_{k=1}^K), or null. */
  private static Integer size(DocumentRun run, IndexedFamilies.Family f) {
    java.util.Set<String> letters = SymbolicSums.sizeLetters(f.rhs());
    return letters.size() != 1 ? null : StatedSize.of(run, letters.iterator().next()).whole();
  }

  private static boolean closed(DocumentRun run, String value) {
    try {
      return run.engine.freeSymbols(run.engine.eval(value)).isEmpty();
    } catch (RuntimeException e) {
      return false;
    }
  }
}
