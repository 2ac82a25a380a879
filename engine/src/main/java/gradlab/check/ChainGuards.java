package gradlab.check;

import java.util.List;

/**
 * The readings that take a chain whole before its head is read ({@link DocumentRun#chain}):
 * what the sentence makes of it (a range of an index, a mistake quoted, a supposition), a chain
 * with an empty side or a single term, a goal, a vector written out, a hypothesis, and after its
 * terms are read a case, points, intermediate names and values in prose. Each returns the
 * chain's result, or null where it does not apply. Moved out of the document run as they were
 * (the review of the twenty-fifth round: the run was 474 lines); no reading changed. Stateless.
 */
final class ChainGuards {
  private ChainGuards() {}

  /** The chain as its sentence sets it: a range, a quoted mistake, a supposition; or null. */
  static String[] bySentence(DocumentRun run, int line, String statement, boolean claims,
      String inheritedHead) {
    if (run.latex() && IndexRanges.readInPlace(run, line, statement)) { // l = 2, 3, \ldots, L
      RangeMembers.defineInPlace(run, line, statement); // p_k = k/6, k = 1, …, 3: p_1, p_2, p_3
      return new String[] {statement, inheritedHead};
    }
    if (run.latex() && LatexAmbiguousDivisions.readInPlace(run, line, statement)) {
      return new String[] {statement, inheritedHead}; // y = 1/2x: (1/2)·x or 1/(2x)
    }
    if (run.latex() && QuotedAsWrong.quotes(SentenceScope.lastSentence(run.paragraph()))) {
      if (claims || ChainSplitter.split(statement).terms().size() >= 2) {
        run.notChecked(line, statement.strip(), QuotedAsWrong.REASON); // "a common mistake …"
      }
      return new String[] {statement, inheritedHead};
    }
    if (run.latex() && Counterfactuals.supposes(SentenceScope.lastSentence(run.paragraph()))) {
      if (claims || ChainSplitter.split(statement).terms().size() >= 2) {
        run.notChecked(line, statement.strip(), Counterfactuals.REASON); // "if b₁ were −3, …"
      }
      SupposedValues.forgetInPlace(run, SentenceScope.lastSentence(run.paragraph()) + " $"
          + statement + "$"); // "suppose instead $x = 3$": x = 1 no longer holds
      return new String[] {statement, inheritedHead};
    }
    return null;
  }

  /**
   * The chain {@code c} of {@code statement} with an empty side or one term, a goal, a vector
   * written out or a hypothesis; or null.
   */
  static String[] afterSplit(DocumentRun run, int line, String statement, ChainSplitter.Chain c,
      boolean claims, String inheritedHead) {
    List<String> raw = c.terms();
    if (raw.size() >= 2 && raw.stream().anyMatch(String::isBlank)) {
      if (claims) {
        run.notChecked(line, statement.strip(), "a side of the relation is empty");
      }
      return new String[] {raw.get(raw.size() - 1), inheritedHead};
    }
    if (raw.size() < 2) {
      LoneStatements.readInPlace(run, line, statement, raw, claims);
      return new String[] {raw.get(raw.size() - 1), inheritedHead};
    }
    if (run.latex() && !claims && !StatedConditions.introduces(run.prose)
        && StatedGoals.sets(run.paragraph())) { // "show that $σ_w² = 2/n$": no given
      run.out.add(new StepResult(line, statement.strip(), Relation.EQUAL, "", null,
          StatedGoals.NOTE));
      return new String[] {raw.get(raw.size() - 1), null};
    }
    if (run.latex() && WrittenOutVectors.isStatement(statement)) { // x = [x_1, x_2]^⊤
      run.out.add(new StepResult(line, raw.get(0).strip(), Relation.EQUAL, raw.get(1).strip(),
          null, "a vector written out: read by its components"));
      return new String[] {raw.get(raw.size() - 1), null};
    }
    if (Hypotheses.allInequalities(c.relations()) && run.latex()
        && (!claims && !Hypotheses.sentenceConcludes(run.prose)
            || Hypotheses.introducesHypothesis(run.prose))) {
      run.assume(line, c, statement);
      return new String[] {raw.get(raw.size() - 1), null};
    }
    return null;
  }

  /** A case, points, intermediate names or values in prose, once the terms are read; or null. */
  static String[] readWhole(DocumentRun run, int line, String statement, ChainSplitter.Chain c,
      List<String> raw, List<String> terms, FunctionHeads.Head fn, boolean claims) {
    Relation rel0 = c.relations().get(0);
    if (CaseConditions.readInPlace(run, line, statement, raw, rel0, claims)) {
      return new String[] {raw.get(raw.size() - 1), null}; // "Case $i = j$:": a case
    }
    if (!claims && run.latex() && (NamedPoints.several(run, line, raw, c.relations(), terms)
        || NamedPoints.movedInChain(run, line, raw, c.relations(), terms))) {
      return new String[] {raw.get(raw.size() - 1), null};
    }
    if (IntermediateNames.names(run, line, raw, c.relations(), terms)
        || NameChains.names(run, line, raw, c.relations(), terms)) { // ŷ = a = σ(z)
      return new String[] {raw.get(raw.size() - 1), terms.get(0)};
    }
    if (rel0 == Relation.EQUAL && raw.size() == 2 // plain text too: V(s_t) = 2, V(s_(t+1)) = 3
        && ProseCaseValues.readInPlace(run, line, statement, fn, terms.get(1), claims)) {
      return new String[] {raw.get(1), null}; // q(y) = 1 and q(k) = 0: cases in prose
    }
    return null;
  }
}
