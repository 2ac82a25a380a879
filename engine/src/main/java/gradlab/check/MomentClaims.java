package gradlab.check;

/**
 * A moment of a quantity the text defines, Var(y) after y = Σᵢ wᵢxᵢ, is determined by that
 * definition: "For a layer with $n = 3$ inputs, $\operatorname{Var}(y) = 4\sigma_w^2
 * \sigma_x^2$" in prose is a claim about it, not a new definition. It had been listed as
 * "[definition]" and a wrong value passed unseen (found by a lecturer). A moment of a name the
 * text does not define, $\operatorname{Var}(w_i) = \sigma_w^2$, still defines it, and so does
 * one in a sentence that states no result (a goal, "to keep $\mathrm{Var}(y) = v_x$"), and one
 * in a list of givens ("with $\mathbb{E}[y_1] = 0$ and $\text{Var}(y_1) = M\sigma^2$", see
 * {@link GivenClauses}): a premise of what follows, as the E[y₁] = 0 before it.
 */
final class MomentClaims {
  private MomentClaims() {}

  /**
   * Whether {@code head} (an engine name) is E[·] or Var(·) of a name the text defines, stated
   * as a result: in a sentence that named a point or that concludes ("so", "hence"). Elsewhere
   * it may be a goal ("To keep $\mathrm{Var}(y) = v_x$ we need …"), never a claim to refute.
   */
  static boolean ofDefined(DocumentRun run, String head) {
    if (!LatexStatistics.isMoment(head) || GivenClauses.inList(run.paragraph())
        || !(run.sentence.namedPoint()
        || Hypotheses.concludes(run.prose) || Hypotheses.sentenceConcludes(run.prose))) {
      return false;
    }
    String of = head.replaceFirst("^(meanof|varof)", "");
    return run.ctx.defines(of) || run.sized.defines(of);
  }
}
