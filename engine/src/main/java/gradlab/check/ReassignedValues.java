package gradlab.check;

import gradlab.symbolic.Definition;
import gradlab.symbolic.Expr;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The two values of a name the text gave a second number ({@link NumericReassignments}: "a new
 * quantity under the same name or a wrong value"): Ruder writes v_t for momentum's velocity and
 * again for Adam's second moment, so v₁ = 0.4, then v₁ = 0.00025. Every later step through the
 * name was "not checked", so Adam's bias correction with β₁ for β₂, {@code \hat{v}_1 =
 * \frac{0.00025}{1 - 0.9}} of {@code \hat{v}_t = \frac{v_t}{1 - \beta^t_2}}, went unnamed
 * (held36). A step refuted with the first value and refuted again with the second is false
 * whichever the text means: it is refuted. A step that holds, or is undecided, under either
 * reading stays "not checked". Mutable, one per {@link DocumentRun}.
 */
final class ReassignedValues {
  private final Map<String, List<Expr>> values = new HashMap<>();

  /** {@code name} (engine syntax) had the value {@code was}; the text now gives it {@code is}. */
  void recordInPlace(String name, Expr was, Expr is) {
    values.put(name, List.of(was, is));
  }

  /**
   * The refutation of {@code lhs rel rhs} (engine syntax) under each value the text gave
   * {@code name}, with the first value's counterexample; null where one reading does not refute
   * it or the name was not given two values.
   */
  StepVerdict refutedEitherWay(DocumentRun run, String name, String lhs, Relation rel,
      String rhs) {
    List<Expr> both = values.get(name);
    if (both == null) {
      return null;
    }
    StepVerdict.Refuted first = null;
    for (Expr value : both) {
      CheckContext at = run.ctx.withDefinition(new Definition(name, value));
      StepVerdict v = run.budget.run(by -> run.checker.check(at, lhs, rel, rhs, by));
      if (!(v instanceof StepVerdict.Refuted r)) {
        return null;
      }
      first = first == null ? r : first;
    }
    String shown = LatexNames.readable(name);
    return new StepVerdict.Refuted(first.point(), first.lhs(), first.rhs(), (first.detail()
        .isEmpty() ? "" : first.detail() + "; ") + "with either value the text gave " + shown
        + ", " + Digits.compact(run.engine.numeric(both.get(0), Map.of())) + " and "
        + Digits.compact(run.engine.numeric(both.get(1), Map.of())));
  }
}
