package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A claim the checker composes itself (an update rule applied, a penalty's share of a rule),
 * read as a chain in a context prepared for it: the run's context and report are restored
 * after it, and its one result is returned for the caller to word, or null where it gave none
 * or several (then nothing is decided).
 */
final class ScratchChains {
  private ScratchChains() {}

  /** The one result of {@code claim} read at {@code line} in {@code prepare(run.ctx)}. */
  static StepResult single(DocumentRun run, int line, String claim,
      UnaryOperator<CheckContext> prepare) {
    List<StepResult> kept = new ArrayList<>(run.out);
    CheckContext ctx = run.ctx;
    try {
      run.ctx = prepare.apply(ctx);
      run.chain(line, claim, true, false, null);
    } catch (RuntimeException e) {
      // unreadable: this reading decides nothing
    } finally {
      run.ctx = ctx;
    }
    List<StepResult> added = new ArrayList<>(run.out.subList(kept.size(), run.out.size()));
    run.out.clear();
    run.out.addAll(kept);
    return added.size() == 1 ? added.get(0) : null;
  }
}
