package gradlab.check;

import java.util.List;

/**
 * Several names given one value in prose, Nielsen's "say $w_1 = w_2 = w_3 = w_4 = 100$": each
 * name is bound to the value, as {@code w_1 = 100} alone would be, instead of the chain being
 * read as claims that w₁ = w₂, w₂ = w₃, … (which name nothing the text defines). Read only in
 * inline math, where every term but the last is a name the text has not defined and the last is
 * a number.
 */
final class NamedPoints {
  private NamedPoints() {}

  /** Binds each name and returns true, or returns false for any other chain. */
  static boolean several(DocumentRun run, int line, List<String> raw, List<Relation> relations,
      List<String> terms) {
    if (raw.size() < 3 || relations.stream().anyMatch(r -> r != Relation.EQUAL)
        || terms.contains(null) || !terms.getLast().strip().matches("[-−]?\\d+(\\.\\d+)?")) {
      return false;
    }
    for (String t : terms.subList(0, terms.size() - 1)) {
      if (!EngineNames.is(t) || run.ctx.defines(t)
          || run.functions.contains(t)) {
        return false;
      }
    }
    for (int k = 0; k < raw.size() - 1; k++) {
      run.chain(line, raw.get(k) + " = " + raw.getLast(), false, true, null);
    }
    return true;
  }

  /**
   * A point's name given a new number inside a chain in prose, Hadsell et al.'s "a dissimilar
   * pair at $D_W = 3 > m$" after "$D_W = 0.5$": the name moves to the new number, as {@code D_W =
   * 3} alone would, and the rest of the chain ({@code 3 > m}) is the claim. Read as the claim
   * D_W = 3 at the old point it was refuted. Returns false for any other chain.
   */
  static boolean movedInChain(DocumentRun run, int line, List<String> raw,
      List<Relation> relations, List<String> terms) {
    if (raw.size() < 3 || relations.get(0) != Relation.EQUAL || terms.get(0) == null
        || terms.get(1) == null) {
      return false;
    }
    String head = terms.get(0).strip();
    if (!EngineNames.is(head) || run.ctx.defines(head)
        || run.functions.contains(head) || !run.ctx.point().containsKey(head)
        || !terms.get(1).strip().matches("[-−]?\\d+(\\.\\d+)?")) {
      return false;
    }
    bindInPlace(run, line, List.of(raw.get(0), raw.get(1)), head, terms.get(1).strip(), false);
    StringBuilder rest = new StringBuilder(raw.get(1));
    for (int k = 1; k < relations.size(); k++) {
      rest.append(' ').append(relations.get(k).symbol()).append(' ').append(raw.get(k + 1));
    }
    run.chain(line, rest.toString(), false, true, null);
    return true;
  }

  /** {@code x = 2} of an undefined name: the point the steps after it are checked at. */
  static void bindInPlace(DocumentRun run, int line, List<String> raw, String head, String number,
      boolean claims) {
    if (run.newScope) {
      run.ctx = run.ctx.withoutPoints();
      run.newScope = false;
      run.values.clear();
    }
    StepVerdict.Refuted wrong = ConditionedValues.verdict(run, head, number); // σ = 0.01 "gives"
    var value = run.engine.eval(number);
    run.updates.pointRestatedInPlace(run, line, head, value); // "after one step $w = 0.45$"
    if (run.ctx.point().containsKey(head) && !run.ctx.point().get(head).equals(value)) {
      run.values.clear(); // values computed at the old point no longer hold
    }
    run.ctx = run.ctx.withPoint(head, value);
    run.earlierPoints.boundInPlace(head, value, line); // a value kept past its scope's end
    run.conditionalDefinitions.pointBoundInPlace(run, head, value, line); // "when $S = 1$"
    if (!claims) {
      run.sentence.pointBound(head, Hypotheses.startsScope(run.prose));
    }
    run.out.add(new StepResult(line, raw.get(0), Relation.EQUAL, raw.get(1), wrong,
        wrong == null ? "named point" : ""));
  }

  /**
   * Ends the point of {@code head} at {@code line} without a new one: values computed at the old
   * point are dropped, the name is unread from here, and the line is listed with {@code note}.
   * Shared by {@link NamedValuePoints} and {@link ApproximatePoints}.
   */
  static void endInPlace(DocumentRun run, int line, List<String> raw, String head,
      Relation relation, String note) {
    run.earlierPoints.endInPlace(run, head);
    run.unread.put(head, line);
    run.out.add(new StepResult(line, raw.get(0).strip(), relation, raw.get(1).strip(), null,
        note));
  }
}
