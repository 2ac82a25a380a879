package gradlab.check;

import gradlab.symbolic.Definition;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A defined name stated again in prose ({@code f = u + x} once u = x y is named, or "with the
 * cross-entropy cost C = …"): a restatement when it holds, else a new definition. Moved out of
 * {@link DocumentSteps} (over 300 lines), whose {@code restate} calls it; no behaviour change.
 * Stateless.
 */
final class ProseRestatements {
  private static final Pattern NUMBER = NumberPatterns.DECIMAL_OR_FRACTION;

  private ProseRestatements() {}

  /**
   * Inline {@code name = rhs} of a defined name in prose: a restatement (f = u + x once
   * u = x y is named) when it holds, else a new definition ("with the cross-entropy cost
   * C = …"), which replaces the old one for the steps after it and is shown as such. Prose is
   * never refuted; keeping the old meaning would refute the true steps that follow.
   * {@code chained}: the chain goes on after {@code rhs} and its links are checked as steps.
   */
  static boolean restate(DocumentRun run, int line, String head, String rawHead, String rawRhs,
      String rhs, boolean claim, boolean chained) {
    boolean anew = false; // a claim taken as a new meaning (Redefinitions.unrelated)
    if (!claim) {
      run.values.clear(); // a new meaning of a defined name: values computed with it are stale
    }
    try {
      var expr = run.checker.expandFunctions(run.ctx, run.engine.eval(rhs));
      if (!expr.isFreeOf(head) || NUMBER.matcher(rhs.strip()).matches()) {
        return false;
      }
      StepVerdict v = run.budget.run(by -> run.checker.check(run.ctx, head, Relation.EQUAL, rhs,
          by));
      // h = \tanh(0.6) is h's value, as h = 0.537 is, never a new meaning (a constant h lost
      // its dependence on w₁ after an answer key's part label): a claim is checked as one
      boolean value = run.engine.freeSymbols(expr).isEmpty() && (v instanceof StepVerdict.Refuted
          || v instanceof StepVerdict.NotChecked);
      if (value && (claim || chained)) {
        return false; // a chain's links are checked as claims: one row each (user46 found
      } // z_1 = 0.5·1 + 0 = 0.5 of an earlier part shown twice, "not checked" and ✓)
      if (value) { // shown as a restatement that differs would be, h kept as defined
        run.out.add(new StepResult(line, rawHead.strip(), Relation.EQUAL, rawRhs,
            v instanceof StepVerdict.Refuted f ? Redefinitions.unannounced(rawHead.strip(), f) : v,
            ""));
        return false;
      }
      // "Now the loss is $L = -\log\sigma(z)$": a new meaning in prose, also where it cannot be
      // compared with the old one (it was dropped from the report, and the old L kept)
      anew = claim && v instanceof StepVerdict.Refuted && (Redefinitions.secondReading(run, line,
          head, expr) || RestatedRecurrences.again(run.indexed, rawHead, rawRhs)); // Yogi
      if (anew && RestatedRecurrences.again(run.indexed, rawHead, rawRhs)) {
        run.indexed.define(rawHead, rawRhs, true); // v_1, v_2 after it: of the new rule
      }
      if ((v instanceof StepVerdict.Refuted || v instanceof StepVerdict.NotChecked)
          && (!claim || anew)) {
        // "Since y is one-hot with y₁ = 1, the loss is L = −log p₁": holds at the text's label
        StepVerdict labelled = v instanceof StepVerdict.Refuted
            ? OneHotRestatements.verdict(run, head, rawHead.strip(), rhs) : null;
        run.values.clear();
        run.ctx = run.ctx.withoutDefinitions(staleMembers(run, head)); // η_t anew: η₂₀ of the old one
        run.ctx = run.ctx.withDefinition(new Definition(head, expr));
        run.unread.remove(head);
        // "2. $s = |a − b|$" in a list of steps: a wrong step, not a new meaning; without words
        // that announce one, the difference is shown (not checked), never silently accepted
        boolean announced = Redefinitions.announced(run.prose)
            || SchemeLabels.startsScheme(run.paragraph()); // "He: … $Var(W) = 2/n_in$"
        run.out.add(labelled != null
            ? new StepResult(line, rawHead.strip(), Relation.EQUAL, rawRhs, labelled, "")
            : v instanceof StepVerdict.Refuted f && !announced
            ? new StepResult(line, rawHead.strip(), Relation.EQUAL, rawRhs,
                Redefinitions.unannounced(rawHead.strip(), f), "")
            : new StepResult(line, rawHead.strip(), Relation.EQUAL, rawRhs, null,
                "new definition"));
      } else if (!(v instanceof StepVerdict.Refuted) && !(v instanceof StepVerdict.NotChecked)) {
        // a claim not checked (C = a + k with a, k never introduced) restates nothing: its
        // names would otherwise count as introduced, and the claim itself be refuted
        run.ctx = run.ctx.withRestatement(new Definition(head, expr));
        if (!claim) { // "1. $s = |a − b|/2$": an inline step that holds is shown, not dropped
          run.out.add(new StepResult(line, rawHead.strip(), Relation.EQUAL, rawRhs, v, ""));
        }
      }
    } catch (RuntimeException e) {
      if (!claim) {
        run.unread.put(head, line); // a new meaning the engine does not read
      }
    }
    return anew;
  }

  /**
   * The members written with a number (η₂₀, engine name eta20) of a family with a letter index
   * (η_t, etat) given a new definition: their values were of the old one (a new user's second
   * learning-rate schedule had η₂₀ refuted against the first).
   */
  private static java.util.Set<String> staleMembers(DocumentRun run, String head) {
    Matcher m = Pattern.compile("([A-Za-z]+?)[tkn]").matcher(head);
    if (!m.matches()) {
      return java.util.Set.of();
    }
    java.util.Set<String> out = new java.util.HashSet<>();
    run.ctx.definitions().forEach(d -> {
      if (d.name().matches(Pattern.quote(m.group(1)) + "\\d+")) {
        out.add(d.name());
      }
    });
    return out;
  }
}
