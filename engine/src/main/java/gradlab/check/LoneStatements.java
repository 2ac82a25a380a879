package gradlab.check;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A statement with no relation: a distribution ({@code W \sim U[-a, a]}, assumed, with its
 * moments), a quantified name ("for every $x$"), or in a display a formula that must be readable.
 */
final class LoneStatements {
  private static final Pattern NAME = EngineNames.NAME;

  private LoneStatements() {}

  static void readInPlace(DocumentRun run, int line, String statement, List<String> raw,
      boolean claims) {
    if (claims && WordedDerivatives.readInPlace(run, line, statement)) {
      return; // "the derivative of e^(2x) is 2e^(2x)": no relation sign, and dropped
    }
    if (PronounValues.notedInPlace(run, line, statement)) {
      return; // "At $x = \pi$ this equals $-\pi^2$": what "this" names is not resolved
    }
    if (run.latex() && (BinaryValues.constrainInPlace(run, statement)
        || FiniteValueSets.constrainInPlace(run, statement)) // y \in \{-1, 1\} too
        && !Assumptions.isDistribution(statement)) { // m \in \{0, 1\}: assumed
      run.out.add(new StepResult(line, statement.strip(), Relation.EQUAL, "", null, "assumption"));
      return;
    }
    var range = run.latex() ? IntervalMemberships.asInequalities(statement)
        : java.util.Optional.<String>empty();
    if (range.isPresent()) { // α ∈ (0, 1): assumed as 0 < α < 1
      ChainSplitter.Chain c = ChainSplitter.split(range.get());
      if (c.terms().size() >= 2 && Hypotheses.allInequalities(c.relations())) {
        HypothesisRanges.bound(run, c);
      }
      run.out.add(new StepResult(line, statement.strip(), Relation.EQUAL, "", null, "assumption"));
      return;
    }
    if (run.latex() && Assumptions.isDistribution(statement)) { // W \sim U[-a, a]: assumed
      DistributionMoments.defineInPlace(run, statement); // and Var(W) = a²/3
      run.out.add(new StepResult(line, statement.strip(), Relation.EQUAL, "", null, "assumption"));
      return;
    }
    if (run.latex() && !claims && TuplePoints.bindInPlace(run, line, statement)) {
      return; // "a point like $(0, \log(2))$" of f(x, y): x = 0, y = log 2
    }
    if (run.latex() && !claims) { // "for every $x$": a claim in x speaks of every value
      for (String q : Assumptions.quantified(run.prose, statement)) {
        String name = run.read(q);
        if (name != null && NAME.matcher(name).matches() && !run.ctx.defines(name)
            && !run.ctx.domain().intervals().containsKey(name)) {
          run.ctx = run.ctx.withDomain(run.ctx.domain().with(name, -3, 3));
        }
      }
    }
    if (claims && run.latex()) {
      try {
        LatexReader.read(raw.get(0), run.reading());
      } catch (RuntimeException e) {
        if (!LatexReader.ONLY_WORDS.equals(e.getMessage())) { // && \text{(independent terms)}
          run.notChecked(line, raw.get(0), "cannot read: " + e.getMessage());
        }
      }
    }
  }
}
