package gradlab.check;

import gradlab.symbolic.Definition;
import java.util.ArrayList;
import java.util.List;

/**
 * A forward pass carried with rounded values: "$z_2 = 2 \cdot 0.7311 = 1.4622$, $a_2 =
 * \sigma(1.4622)$" of a text that defines a_2 = σ(z_2). The exact z_2 is 1.46212, so a_2 =
 * σ(1.4622) was refuted (user14 F1), though 1.4622 is the value the text computed for z_2. A
 * refuted step is proved when it holds (read as ≈) with each name the text computed a value for
 * defined as that value, so that a_2 is σ of the stated z_2; otherwise the refutation stands. The
 * stated values are themselves checked where they are written.
 */
final class CarriedDefinedValues {
  private CarriedDefinedValues() {}

  static StepVerdict verdict(DocumentRun run, String lhs, Relation rel, String rhs,
      StepVerdict v) {
    return verdict(run, run.ctx, lhs, rel, rhs, v);
  }

  /**
   * As {@link #verdict(DocumentRun, String, Relation, String, StepVerdict)}, at {@code base}: the
   * document's context with the values an earlier point gave ({@link EarlierValueClaims}).
   */
  static StepVerdict verdict(DocumentRun run, CheckContext base, String lhs, Relation rel,
      String rhs, StepVerdict v) {
    if (!(v instanceof StepVerdict.Refuted) || run.values.isEmpty()
        || (rel != Relation.EQUAL && rel != Relation.APPROX)) {
      return v;
    }
    CheckContext at = base;
    CheckContext withRefuted = base;
    List<String> used = new ArrayList<>();
    int refuted = -1;
    try {
      for (String name : run.values.names()) {
        if (at.defines(name) && !at.point().containsKey(name)) {
          Definition d = new Definition(name, run.engine.eval(run.values.valueOf(name)));
          withRefuted = withRefuted.withDefinition(d);
          if (run.values.isRefuted(name)) { // a value refuted where stated carries nothing
            refuted = refuted < 0 ? run.values.lineOf(name) : refuted;
            continue;
          }
          at = at.withDefinition(d);
          used.add(LatexNames.readable(name) + " = " + run.values.valueOf(name) + " (line "
              + run.values.lineOf(name) + ")");
        }
      }
    } catch (RuntimeException e) {
      return v;
    }
    if (used.isEmpty() && refuted < 0) {
      return v;
    }
    CheckContext with = at;
    StepVerdict w = used.isEmpty() ? v : run.budget.run(by -> run.checker.check(with, lhs,
        Relation.APPROX, rhs, by));
    if (!(w instanceof StepVerdict.Proved) && refuted > 0) {
      CheckContext all = withRefuted;
      StepVerdict through = run.budget.run(by -> run.checker.check(all, lhs, Relation.APPROX,
          rhs, by));
      if (through instanceof StepVerdict.Proved) { // holds only through a refuted value
        return new StepVerdict.NotChecked("depends on line " + refuted + ", which is refuted");
      }
    }
    return w instanceof StepVerdict.Proved p ? new StepVerdict.Proved(p.how() + ", with the "
        + "rounded values the text computed before: " + String.join(", ", used)) : v;
  }
}
