package gradlab.check;

import java.util.Set;

/**
 * A step about numbered members of a recurrence the text defines, Britz's
 * {@code \frac{\partial s_3}{\partial s_1} = \frac{\partial s_3}{\partial s_2}
 * \frac{\partial s_2}{\partial s_1}} after {@code s_t = \tanh(Ux_t + Ws_{t-1})}: read on its own,
 * s₁ occurs in no definition ("its relation to s₃ is unknown"). It is checked again with the
 * recurrence written out from the lowest member the step names (s₁ = tanh(Ux₁ + Ws₀), s₂, s₃),
 * that member free unless the text states the start ({@link IndexedFamilies#at}).
 *
 * <p>The members are the ones the step writes, so the written-out recurrence is exact, not a
 * sample of sizes; but its names are read as numbers (a hidden state of one unit), an instance
 * of the recurrence the text defines for every size. A step that fails there fails for that
 * instance: ✗. One that holds there is "unknown", never proved: with vectors the order of the
 * Jacobians matters (∂s₂/∂s₁ ∂s₃/∂s₂ is not ∂s₃/∂s₁), which numbers cannot tell. Only a step the
 * ordinary reading left "not checked" is read again. Stateless.
 */
final class UnrolledSteps {
  private UnrolledSteps() {}

  /**
   * Replaces the "not checked" result added since {@code from} by the verdict on {@code l rel r}
   * (engine syntax) with the recurrence written out, where that is decided.
   */
  static void recheckInPlace(DocumentRun run, int from, String left, String right, String l,
      Relation rel, String r) {
    if (run.out.size() != from + 1 || !(run.out.get(from).verdict()
        instanceof StepVerdict.NotChecked) || run.indexed.isEmpty() || l == null || r == null) {
      return;
    }
    Set<String> names = FormulaNames.of(left + " = " + right, run.reading());
    int top = run.indexed.namedMembersTop(names, run.reading());
    if (top < 1) {
      return;
    }
    CheckContext unrolled = run.indexed.at(run, run.ctx, top, names);
    if (unrolled == null) {
      return;
    }
    CheckContext saved = run.ctx;
    StepVerdict v;
    run.ctx = unrolled;
    try {
      v = run.steps.verdict(l, rel, r, null, "");
    } catch (RuntimeException e) {
      return;
    } finally {
      run.ctx = saved;
    }
    String how = "with the recurrence written out to member " + top + ", its names read as "
        + "numbers (one unit)";
    StepVerdict shown;
    if (v instanceof StepVerdict.Refuted f) {
      shown = new StepVerdict.Refuted(f.point(), f.lhs(), f.rhs(), how
          + (f.detail().isEmpty() ? "" : "; " + f.detail()));
    } else if (IndexPatterns.samples(v) > 0) { // proved, or equal at random points
      shown = new StepVerdict.Unknown(IndexPatterns.samples(v), 0, "holds " + how
          + "; not proved for vectors and matrices");
    } else {
      return;
    }
    StepResult old = run.out.get(from);
    run.out.set(from, new StepResult(old.line(), old.lhs(), old.relation(), old.rhs(), shown,
        old.note()));
  }
}
