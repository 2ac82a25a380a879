package gradlab.check;

import gradlab.symbolic.SymbolicEngine;
import java.util.ArrayList;
import java.util.Collection;

/**
 * A document's results, where no step is proved or refuted once the algebra engine has been
 * restarted during the document. The engine restarts when an evaluation does not hear its stop
 * (a step past its budget on a loaded machine), and the new engine's symbols are not the old
 * one's: a definition read before the restart ({@code L = -\log p_1}, p₁ of f₁, f₂, f₃) no
 * longer depends on the f₂ of a later step, so the true {@code \frac{\partial L}{\partial f_2} =
 * \frac{e^{f_2}}{…}} of the published softmax-ce-three was refuted "left = 0" in a corpus run at
 * a load of 16 (the step before it had run 40 s), and a wrong ∂L/∂f₂ = 0 would have been proved.
 * A result added (or set) after the restart keeps its line and says why it is not decided;
 * one not decided, or not checked, stays as it is. Mutable, as the list it is.
 *
 * <p>The cause itself is gone since the engine computes an expression kept from before a restart
 * with the new evaluator's symbols ({@code SymbolRebinding} in the symbolic package, same round);
 * this guard stays as a second line, at the price of undecided steps after a restart.
 */
final class ResultsAfterARestart extends ArrayList<StepResult> {
  private final transient SymbolicEngine engine;
  private final int generation;

  ResultsAfterARestart(SymbolicEngine engine) {
    this.engine = engine;
    this.generation = engine.generation();
  }

  @Override
  public boolean add(StepResult r) {
    return super.add(guard(r));
  }

  @Override
  public void add(int index, StepResult r) {
    super.add(index, guard(r));
  }

  @Override
  public StepResult set(int index, StepResult r) {
    return super.set(index, guard(r));
  }

  @Override
  public boolean addAll(Collection<? extends StepResult> rs) {
    return super.addAll(rs.stream().map(this::guard).toList());
  }

  @Override
  public boolean addAll(int index, Collection<? extends StepResult> rs) {
    return super.addAll(index, rs.stream().map(this::guard).toList());
  }

  private StepResult guard(StepResult r) {
    StepVerdict v = r.verdict();
    if (v == null || v instanceof StepVerdict.NotChecked || engine.generation() == generation
        || v instanceof StepVerdict.Unknown u && u.undecided()) {
      return r;
    }
    return new StepResult(r.line(), r.lhs(), r.relation(), r.rhs(), new StepVerdict.Unknown(0, 0,
        "time: not decided, the algebra engine was restarted at or before this step (a step past"
        + " its budget did not stop); as a precaution no later step of the file is decided"), r.note());
  }
}
