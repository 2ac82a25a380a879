package gradlab.check;

import gradlab.symbolic.Definition;
import gradlab.symbolic.Expr;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A name the text set equal to another bare name it defines nowhere, later equated with a
 * formula. A student's "a0 = x, y = a4" and, lines on, "y = sigma(z4)" say what a4 (and so y)
 * is: the text's definition of a4, not a claim that holds for every a4. Taken as a claim it was
 * refuted at a free a4, and ∂y/∂x, with y = a4 independent of x, was refuted after it: two true
 * steps ✗ (found by a student tester). Where the claim fails, the step is read as that
 * definition: "not checked" with the reason, and a4 means the formula for the steps after it,
 * which are checked against it (a wrong one stays ✗). A formula that uses a4 itself, an a4 the
 * text defined meanwhile, or a y defined as more than a bare name stays a claim.
 */
final class AliasDefinitions {
  private static final Pattern NAME = EngineNames.NAME;

  private AliasDefinitions() {}

  /**
   * {@code v}, or "not checked" where it refutes {@code lhs = rhs} of a name defined as a bare
   * undefined name; then that name is defined as {@code rhs} in the run's context.
   */
  static StepVerdict guard(DocumentRun run, String lhs, Relation rel, String rhs, StepVerdict v) {
    if (!(v instanceof StepVerdict.Refuted) || rel != Relation.EQUAL) {
      return v;
    }
    String name = NAME.matcher(lhs.strip()).matches() ? lhs.strip()
        : NAME.matcher(rhs.strip()).matches() ? rhs.strip() : null;
    if (name == null) {
      return v;
    }
    String formula = name.equals(lhs.strip()) ? rhs : lhs;
    Definition alias = run.ctx.definitions().stream().filter(d -> d.name().equals(name))
        .reduce((a, b) -> b).orElse(null);
    try {
      if (alias == null) {
        return v;
      }
      String target = alias.rhs().input().strip();
      if (!NAME.matcher(target).matches() || target.equals(name) || run.ctx.defines(target)
          || run.ctx.point().containsKey(target)
          || !run.engine.freeSymbols(alias.rhs()).equals(Set.of(target))) {
        return v;
      }
      Expr value = run.checker.expandFunctions(run.ctx, run.engine.eval(formula));
      if (value.isNumber() || !value.isFreeOf(target) || !value.isFreeOf(name)) {
        return v; // y = 2: a value, checked as a claim; y = a4 + 1: an equation in a4
      }
      run.ctx = run.ctx.withDefinition(new Definition(target, value));
      run.values.clear(); // values computed with the free a4 are stale
      return new StepVerdict.NotChecked("read as the definition of " + target + ": " + name
          + " was set to " + target + ", a name the text defines nowhere else, so this says "
          + "what " + target + " is; the steps after it use it");
    } catch (RuntimeException e) {
      return v;
    }
  }
}
