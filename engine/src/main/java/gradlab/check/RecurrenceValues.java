package gradlab.check;

import java.util.List;

/**
 * Members of a recurrence written with numbers, as momentum, RMSProp and Adam are worked by
 * hand: after {@code v_t = \beta v_{t-1} + g_t}, the line {@code v_2 = 0.9 \cdot 2 + 2 = 3.8}
 * gives v₂ a value, which must be the recurrence at t = 2: {@code \beta v_{1} + g_{2}} with
 * the values the text gave β, v₁ and g₂. A gradient put in for the wrong step (g₁ for g₂) was
 * never found, because v₂ was read as a new definition. The member's right side is checked
 * against the recurrence as a claim; only a decided verdict (✓ or ✗) is shown, so a member
 * whose inputs the text never states adds nothing. A member of a family defined by an ordinary
 * formula, m̂₂ = 0.28/(1 − 0.9) after {@code \hat m_t = \frac{m_t}{1 - \beta_1^t}}, is a claim
 * too (the wrong bias-correction power had been a silent definition, found by a lecturer); where
 * it is not decided it is "not checked", naming the family.
 */
final class RecurrenceValues {
  private RecurrenceValues() {}

  /** Checks {@code v_k = …} of a recurrence's member k against the recurrence, where decided. */
  static void checkInPlace(DocumentRun run, int line, ChainSplitter.Chain c) {
    List<String> raw = c.terms();
    if (!run.latex() || raw.size() < 2 || c.relations().get(0) != Relation.EQUAL) {
      return;
    }
    String at = run.indexed.recurrenceAt(raw.get(0));
    String family = null;
    if (at == null) {
      at = run.indexed.formulaAt(raw.get(0));
      family = run.indexed.formulaHead(raw.get(0));
    }
    String value = raw.get(1).strip();
    if (at == null || value.isEmpty() || plain(at).equals(plain(value))
        || namesTheMember(run, value)) {
      return;
    }
    StepResult checked = ScratchChains.single(run, line, at + " = " + value,
        java.util.function.UnaryOperator.identity());
    if (family == null && !decided(checked)) { // w_3 = w_0 − η(v_1 + v_2): unrolled from w_0
      checked = UnrolledMembers.check(run, line, raw.get(0), value);
    }
    if (decided(checked)) {
      StepResult r = checked;
      run.out.add(new StepResult(r.line(), r.lhs(), r.relation(), r.rhs(), r.verdict(),
          (family == null ? "the recurrence for " : "the definition of ") + raw.get(0).strip()));
      if (family != null && r.verdict() instanceof StepVerdict.Refuted) {
        memberInPlace(run, raw.get(0).strip(), at); // p_1 is the family's, not the wrong 1/2
      }
    } else if (family != null) {
      for (String member : raw.subList(0, raw.size() - 1)) { // q_2 = q_3 = 0.0333: computed
        if (run.indexed.formulaAt(member) != null) {
          run.roundedMembers.noteInPlace(run.read(member), raw.get(raw.size() - 1));
        }
      }
      run.notChecked(line, raw.get(0).strip() + " = " + value, raw.get(0).strip()
          + " is a member of the family " + family + " the text defines; its value here was not "
          + "decided against that definition");
    }
  }

  /**
   * "where $a_4 = y$": a name the text uses nowhere else names the member (the network's output
   * y), it claims no value; checked against the family, y sampled freely, it had been refuted.
   */
  private static boolean namesTheMember(DocumentRun run, String value) {
    if (!value.matches("\\\\?[A-Za-z]+(_\\{?[A-Za-z0-9]+\\}?)?")) {
      return false;
    }
    String name = run.read(value);
    return name != null && !run.ctx.defines(name.strip())
        && !run.ctx.point().containsKey(name.strip());
  }

  private static boolean decided(StepResult r) {
    return r != null && (r.verdict() instanceof StepVerdict.Proved
        || r.verdict() instanceof StepVerdict.Refuted);
  }

  /**
   * Gives {@code member} the family's value at its index where the text wrote a wrong one
   * ("$p_1 = \\frac{1}{2}$" of a defined p_k): kept as a definition, the wrong value made the
   * next, true line ✗ (found by a student).
   */
  private static void memberInPlace(DocumentRun run, String member, String at) {
    String name = run.read(member);
    String formula = run.read(at);
    if (name == null || formula == null || !EngineNames.is(name.strip())) {
      return;
    }
    try {
      run.ctx = run.ctx.withDefinition(new gradlab.symbolic.Definition(name.strip(),
          run.engine.eval(formula)));
      run.values.clear(); // values computed with the wrong one are stale
    } catch (RuntimeException e) {
      // the family's formula at this index is not read: the member stays as written
    }
  }

  private static String plain(String latex) {
    return latex.replaceAll("[\\s{}]", "");
  }
}
