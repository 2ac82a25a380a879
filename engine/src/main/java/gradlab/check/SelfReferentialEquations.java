package gradlab.check;

import gradlab.symbolic.Expr;

/**
 * A "definition" whose right side uses the name it defines: Goodfellow's "at the terminal
 * velocity v = αv − εg" (8.3.2) is an equation v satisfies at one state, not a value of v. As a
 * definition it made a cycle, and the whole check stopped with "definition of v uses v"; as a
 * claim about every v it would be refuted although the text is right. It is "not checked", with
 * that reason, and v keeps whatever meaning it had.
 */
final class SelfReferentialEquations {
  private SelfReferentialEquations() {}

  /**
   * Records line {@code line} as not checked and returns true where {@code expanded} (the right
   * side read, functions expanded) uses {@code name} itself; false otherwise.
   */
  static boolean readInPlace(DocumentRun run, int line, String name, String shown,
      String rawRhs, Expr expanded) {
    if (!run.engine.freeSymbols(expanded).contains(name)) {
      return false;
    }
    run.out.add(new StepResult(line, shown.strip(), Relation.EQUAL, rawRhs,
        new StepVerdict.NotChecked(run.shownNames.render(name) + " is on both sides: an "
            + "equation it satisfies (a fixed point or an update), not a definition of it"), ""));
    return true;
  }
}
