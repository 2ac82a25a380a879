package gradlab.check;

/**
 * The two ends of a chain of equalities whose middle the reader could not take, as one earlier
 * claim for {@link PremiseSteps}: Goodfellow's (5.38)–(5.39) {@code E[σ̂²] = E[(1/m) Σ_i (x⁽ⁱ⁾ −
 * μ̂)²]} then {@code = (m − 1)/m σ²} on the next display claim {@code E[σ̂²] = (m − 1)/m σ²},
 * but each link has the unread Σ on one side, so no premise held E[σ̂²], and (5.43) {@code m/(m −
 * 1) E[σ̂²] = m/(m − 1) ((m − 1)/m σ²)} stayed "not defined in the text". The chain runs on over
 * displays that open with "=" (the link's left side is the previous display's last term, as
 * written); only a chain of = (no ≈, no inequality), read one way (no ambiguity), of two links
 * or more with a term that could not be read (a chain read term by term already gives its
 * premises; its ends as one more premise blocked He's (12), whose premise from the inline
 * {@code E[(Δy)²] = Var[Δy] = ½ Var[Δx]} could not be solved for) gives the claim, at its last
 * term's line. Mutable, one per {@link DocumentRun}.
 */
final class ChainEnds {
  /** The running chain's first term (engine syntax; null where unread). */
  private String head;
  /** The running chain's last term, as written; null: no chain runs. */
  private String end;
  private int links;
  private boolean undecided;

  /**
   * After {@link ChainChecks} checked {@code c} (its results from {@code checkedFrom} on), at
   * {@code line} its last term's line: notes the ends of the chain it runs on as a claim.
   */
  void afterChainInPlace(DocumentRun run, int line, ChainSplitter.Chain c, ChainTerms main,
      int first, int checkedFrom) {
    boolean equalities = first == 0 && main.ambiguities().isEmpty()
        && c.relations().stream().allMatch(r -> r == Relation.EQUAL);
    if (!equalities) {
      end = null;
      return;
    }
    String last = c.terms().get(c.terms().size() - 1).strip();
    boolean runsOn = end != null && c.terms().get(0).strip().equals(end);
    String from = runsOn ? head : main.engine().get(0);
    boolean open = runsOn && undecided || main.engine().contains(null); // a term not read
    int count = (runsOn ? links : 0) + c.relations().size();
    String to = main.engine().get(c.terms().size() - 1);
    if (from != null && to != null && count >= 2 && open && !from.strip().equals(to.strip())) {
      run.premises.addInPlace(new PremiseLedger.Claim(line, from, Relation.EQUAL, to, run.ctx,
          new StepVerdict.NotChecked("the ends of a chain whose middle was not read")));
    }
    head = from;
    end = last;
    links = count;
    undecided = open;
  }
}
