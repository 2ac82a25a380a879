package gradlab.check;

/**
 * A definition the checker could not evaluate that is an error of a cost the text leaves
 * generic: the first {@code \delta^l_j \equiv \partial C / \partial z^l_j} defines the error for
 * every layer ({@link LayeredNetworks}); a later {@code \delta^L_j = …} of the same error (BP1,
 * {@code \frac{\partial C}{\partial a^L_j} \sigma'(z^L_j)}) is a claim about it, checked on
 * concrete networks ({@link LayeredSteps}).
 */
final class LayeredErrors {
  private LayeredErrors() {}

  /** Records or checks {@code rawHead = rawRhs}; false where it is neither (left as it was). */
  static boolean readInPlace(DocumentRun run, int line, String name, String rawHead,
      String rawRhs, String rhs) {
    if (!run.latex()) {
      return false;
    }
    if (!run.network.defines(rawHead) && run.network.noteError(rawHead, rawRhs,
        c -> LayeredSteps.costDefined(run, c))) {
      // steps the networks do not decide read it as before: a premise, its name not evaluated
      run.unread.put(name, line);
      run.premises.addInPlace(new PremiseLedger.Claim(line, name, Relation.EQUAL, rhs, run.ctx,
          new StepVerdict.NotChecked("an error of a cost the text leaves generic")));
      run.out.add(new StepResult(line, rawHead.strip(), Relation.EQUAL, rawRhs, null,
          "definition (of a cost " + run.network.cost() + " the text leaves generic)"));
      return true;
    }
    if (!run.network.defines(rawHead)) {
      return false;
    }
    StepVerdict v = LayeredSteps.verdict(run, rawHead, Relation.EQUAL, rawRhs);
    if (v == null) {
      return false;
    }
    run.out.add(new StepResult(line, rawHead.strip(), Relation.EQUAL, rawRhs, v, ""));
    return true;
  }
}
