package gradlab.check;

import java.util.List;

/**
 * Inline math is prose: a single relation after "assuming" is a hypothesis (unless it names
 * nothing free, {@link ClosedRelations}), and one after "we set" or "chosen so that" is a
 * condition; neither is a claim. Any other relation is checked.
 */
final class InlineRelations {
  private InlineRelations() {}

  /** Lists a single relation as assumed (inline only) or as a condition; false for a claim. */
  static boolean readInPlace(DocumentRun run, int line, String statement, ChainSplitter.Chain c,
      List<String> raw, List<String> terms, boolean claims) {
    if (!claims && (Hypotheses.introducesHypothesis(run.prose)
        || ConjoinedHypotheses.continues(run, line, run.prose))
        && !ClosedRelations.closed(run, terms)) {
      // "Assuming $\epsilon = 0$": what the text supposes is not a claim; listed as assumed,
      // never checked or refuted. One that names nothing free (σ′(0) = 0.5 of a defined σ) is
      // a claim: it supposes no value
      run.implied.hypotheses.noteInPlace(run, line, c, statement); // "if $a > b$"
      run.out.add(new StepResult(line, statement.strip(), Relation.EQUAL, "", null, "assumption"));
      run.untaken.unknownValues.assumedInPlace(run, line, statement); // "Let $a = g(z)$"
      if (c.relations().get(0) == Relation.EQUAL && terms.get(0) != null
          && run.ctx.point().containsKey(terms.get(0).strip())) { // "with $a = \\sqrt{5}$"
        run.earlierPoints.endInPlace(run, terms.get(0).strip()); // after a = 0.2: not that a
      }
      return true;
    }
    if (!run.equivalentPart && !DerivativeFormulas.stated(run, raw, terms)
        && (StatedConditions.introduces(run.prose)
            || StatedConditions.chosenSoThat(run.prose, run.paragraph())
            || PosedEquations.poses(run.prose, run.paragraph()))
        && !numbersOnly(run, terms)) { // "The stack needs $$27/49 ≈ 0.651$$": arithmetic, a claim
      // "we set $n σ² = 1$", "a sufficient condition is: $$…$$": required or chosen, not claimed
      if (c.relations().get(0) == Relation.EQUAL && terms.get(0) != null && terms.get(1) != null) {
        run.conditions.addInPlace(new StatedConditions.Condition(line, terms.get(0), terms.get(1),
            raw.get(0).strip() + " = " + raw.get(1).strip()));
        // what the text requires is as good a premise as what it claims (Nielsen's (71), (72)
        // after "would satisfy")
        run.premises.addInPlace(new PremiseLedger.Claim(line, terms.get(0), c.relations().get(0),
            terms.get(1), run.ctx, new StepVerdict.NotChecked(StatedConditions.NOTE)));
      }
      run.out.add(new StepResult(line, statement.strip(), Relation.EQUAL, "", null,
          StatedConditions.NOTE));
      return true;
    }
    return false;
  }

  /**
   * Whether both sides are numbers as written (parsed, never evaluated: d2l's (1/2)^{10⁹}),
   * naming nothing, not even a defined name: such a relation requires or chooses nothing ("we
   * set $w = 3$" after w was defined is a choice).
   */
  private static boolean numbersOnly(DocumentRun run, List<String> terms) {
    if (terms.size() != 2) {
      return false;
    }
    try {
      for (String t : terms) {
        if (t == null || !run.engine.freeSymbols(run.engine.parse(t)).isEmpty()) {
          return false;
        }
      }
      return true;
    } catch (RuntimeException e) { // an unreadable side: as before
      return false;
    }
  }
}
