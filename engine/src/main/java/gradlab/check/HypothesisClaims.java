package gradlab.check;

import gradlab.symbolic.Domain;

/**
 * An inline inequality the text claims under a hypothesis after it, "each factor
 * $|w_i g'(z_{i-1})| < 1$ when $|w_i| < 4$": the hypothesis is one {@code [assumption]} row and
 * bounds its name for this claim alone; the claim is checked under it. Both had been silent
 * assumption rows (a student tester, user29). Where the hypothesis bounds no name (two names,
 * "when $v < w$"), the claim is "not checked": sampled outside the hypothesis it could fail
 * where the text never claims it.
 */
final class HypothesisClaims {
  static final String UNBOUNDED = "stated under the hypothesis after it, which bounds no single "
      + "name the checker can sample within";

  private HypothesisClaims() {}

  static void checkInPlace(DocumentRun run, MarkdownMath.Segment claim,
      MarkdownMath.Segment hypothesis) {
    Domain before = run.ctx.domain();
    run.assume(hypothesis.line(), ChainSplitter.split(hypothesis.latex()), hypothesis.latex());
    if (run.ctx.domain().equals(before)) {
      run.notChecked(claim.line(), claim.latex(), UNBOUNDED);
    } else {
      run.chain(claim.line(), claim.latex(), true, false, null);
    }
    run.ctx = run.ctx.withDomain(before);
    run.segmentDone(claim.latex(), false);
    run.scope(hypothesis.prose(), false);
    run.segmentDone(hypothesis.latex(), false);
  }
}
