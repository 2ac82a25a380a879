package gradlab.check;

import gradlab.symbolic.Expr;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A gradient-descent update written as a chain on the point's own name, "after one step
 * {@code $w = 0 - 0.1 \cdot (-6) = 0.6$}" (or the plain-text line {@code w = 0 - 0.1*(-6) = 0.6}
 * after {@code w = 0}): the name takes the chain's last number as its new value, and the
 * arithmetic after the name is checked as usual. Before, the first link w = 0 − 0.1·(−6) was a
 * claim about the OLD w and was refuted (user14 F19), while the next line used w = 0.6. Read
 * only where the name is a named point, the prose announces an update ({@link
 * UpdatedValues#announced}) or the text is plain (a line per iteration), no later term uses the
 * name, and the value changes. A wrong update (… = 0.5) is still refuted at its arithmetic.
 * The chain may end in a fraction, "the center moves to {@code $c_j = 0 - 0.5 \cdot (-\frac{4}{3})
 * = \frac{2}{3}$}" (Wen et al.'s center loss; refuted at the old c_j = 0 in a correct file,
 * held17).
 * The update may be written under a new name, {@code w_new = 0 - (-0.5)/0.25 = 2} after the
 * point w = 0 ({@link UpdatedNames}): the new name is defined and w moves to its value, so
 * "then p = sigma(2) = 0.8808" of p = σ(w x) is read at the new w (it was refuted at w = 0,
 * reassign20); a step that holds only at the old w is "not checked" ({@link EarlierPoints}).
 */
final class PointUpdateChains {
  private static final Pattern NAME = EngineNames.NAME;
  private static final Pattern NUMBER = NumberPatterns.DECIMAL;

  private PointUpdateChains() {}

  /** Whether {@code term} is a number written out: 0.6, −2, 2/3 (no name in it). */
  private static boolean number(DocumentRun run, String term) {
    if (NUMBER.matcher(term).matches()) {
      return true;
    }
    try {
      Expr e = run.engine.eval(term);
      return run.engine.freeSymbols(e).isEmpty()
          && Double.isFinite(run.engine.numeric(e, java.util.Map.of()));
    } catch (RuntimeException ex) {
      return false;
    }
  }

  /** Moves the point and returns true, or returns false for any other chain. */
  static boolean readInPlace(DocumentRun run, int line, List<String> raw, List<String> terms,
      List<Relation> relations) {
    String newOf = terms.contains(null) ? null : UpdatedNames.baseOf(run, terms.get(0).strip());
    if (raw.size() < (newOf == null ? 3 : 2) || terms.contains(null)
        || relations.get(0) != Relation.EQUAL
        || relations.stream().anyMatch(r -> r != Relation.EQUAL && r != Relation.APPROX)) {
      return false;
    }
    String named = terms.get(0).strip();
    String head = newOf == null ? named : newOf;
    String last = terms.getLast().strip();
    Expr before = run.ctx.point().get(head);
    if (!NAME.matcher(head).matches() || before == null || run.ctx.defines(head)
        || run.functions.contains(head) || !number(run, last) || (newOf == null
        && !(run.latex() ? run.updates.announcedHere(run.paragraph()) : true))) {
      return false;
    }
    try {
      for (String t : terms.subList(1, terms.size())) {
        if (run.engine.freeSymbols(run.engine.eval(t)).contains(head)) {
          return false; // w = w − η g: read at the old w, the chain stays a claim
        }
      }
      Expr after = run.engine.eval(last);
      if (before.equals(after) || Math.abs(run.engine.numeric(before, java.util.Map.of())
          - run.engine.numeric(after, java.util.Map.of())) <= 1e-12) {
        return false; // the same value: a restatement, checked as one
      }
      run.updates.movedInPlace(line, head, before, after); // an update: two readings after it
      run.values.clear(); // values computed at the old point no longer hold
      run.ctx = run.ctx.withPoint(head, after);
      if (newOf != null) { // w_new = 2: w_new is defined, and w moves to it
        run.ctx = run.ctx.withDefinition(new gradlab.symbolic.Definition(named, after));
      }
      run.earlierPoints.boundInPlace(head, after, line);
      if (raw.size() == 2 && newOf != null) {
        run.out.add(new StepResult(line, raw.get(0).strip(), Relation.EQUAL, raw.get(1).strip(),
            null, "the updated " + LatexNames.readable(head) + " (it was " + Digits.compact(
                run.engine.numeric(before, java.util.Map.of())) + "); later steps are read at "
                + "the new value"));
        return true;
      }
      run.out.add(new StepResult(line, raw.get(0).strip(), Relation.EQUAL, raw.get(1).strip(),
          null, "a new value of " + LatexNames.readable(head) + " (it was " + Digits.compact(
              run.engine.numeric(before, java.util.Map.of())) + "), as in the next iteration"));
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
