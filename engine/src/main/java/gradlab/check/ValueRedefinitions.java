package gradlab.check;

import gradlab.symbolic.Definition;
import java.util.regex.Pattern;

/**
 * A name the text gave a number and later equates with a formula. Parr &amp; Howard compute
 * "If we let x = 1, then y = 1 + 1² = 2" for one example and, two paragraphs on, introduce the
 * next one with "(y = f(x) = u₃(u₂))": y is being defined anew, not claimed to be 2. The text
 * may also mean a claim (the formula's value at the point), so the step has two readings; where
 * the claim fails, the other reading holds by definition, and the step is "not checked", never
 * refuted. A formula with no variables (y = 3 − 1) stays a claim, checked as such.
 */
final class ValueRedefinitions {
  private static final Pattern NAME = EngineNames.NAME;

  private ValueRedefinitions() {}

  /** {@code v}, or "not checked" where it refutes {@code lhs = rhs} of a name given a number. */
  static StepVerdict guard(DocumentRun run, String lhs, Relation rel, String rhs, StepVerdict v) {
    if (!(v instanceof StepVerdict.Refuted) || rel != Relation.EQUAL
        || !NAME.matcher(lhs.strip()).matches()) {
      return v;
    }
    String name = lhs.strip();
    Definition value = run.ctx.definitions().stream().filter(d -> d.name().equals(name))
        .reduce((a, b) -> b).orElse(null);
    try {
      if (value == null || !run.engine.freeSymbols(value.rhs()).isEmpty()
          || run.engine.freeSymbols(run.checker.expandFunctions(run.ctx, run.engine.eval(rhs)))
          .isEmpty()) {
        return v;
      }
    } catch (RuntimeException e) {
      return v;
    }
    return new StepVerdict.NotChecked("ambiguous: " + name + " was given a number earlier; "
        + "equated here with a formula in variables it may be defined anew (a new example) or "
        + "claimed equal, and the two readings differ");
  }
}
