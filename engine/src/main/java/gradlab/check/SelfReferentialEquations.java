package gradlab.check;

import gradlab.symbolic.Expr;

/**
 * A "definition" whose right side uses the name it defines: Goodfellow's "at the terminal
 * velocity v = αv − εg" (8.3.2) is an equation v satisfies at one state, not a value of v. As a
 * definition it made a cycle, and the whole check stopped with "definition of v uses v"; as a
 * claim about every v it would be refuted although the text is right. It is "not checked", with
 * that reason, and v keeps whatever meaning it had. It is kept as an earlier claim
 * ({@link PremiseLedger}), so that the step after it, "so (1 − α)v = −εg", is checked from it
 * ({@link PremiseSteps}): proved where it follows, never refuted through it (the equation may be
 * an update written with =, {@code v = βv + (1 − β)g}, which later steps do not satisfy).
 */
final class SelfReferentialEquations {
  /** The start of the reason such an equation is not checked with, after its name. */
  static final String REASON = " is on both sides: an equation it satisfies";

  private SelfReferentialEquations() {}

  /** Whether {@code c} is such an equation (taken as a premise, it never refutes). */
  static boolean is(PremiseLedger.Claim c) {
    return c.verdict() instanceof StepVerdict.NotChecked n && n.reason().contains(REASON);
  }

  /**
   * Records line {@code line} as not checked and returns true where {@code expanded} (the right
   * side read, functions expanded) uses {@code name} itself; false otherwise. {@code rhs} is the
   * right side in engine syntax, kept as the premise's.
   */
  static boolean readInPlace(DocumentRun run, int line, String name, String shown,
      String rawRhs, String rhs, Expr expanded) {
    if (!run.engine.freeSymbols(expanded).contains(name)) {
      return false;
    }
    StepVerdict.NotChecked v = new StepVerdict.NotChecked(run.shownNames.render(name) + REASON
        + " (a fixed point or an update), not a definition of it");
    run.out.add(new StepResult(line, shown.strip(), Relation.EQUAL, rawRhs, v, ""));
    run.premises.addInPlace(new PremiseLedger.Claim(line, name, Relation.EQUAL,
        rhs, run.ctx, v));
    return true;
  }
}
