package gradlab.check;

import gradlab.symbolic.Definition;
import gradlab.symbolic.Expr;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A name given a number again, as students write each iteration of gradient descent by hand:
 * {@code grad = 2(0 - 3) = -6}, then {@code grad = 2(0.6 - 3) = -4.8}. Where the name's
 * definition and the new right side are both numbers and differ, the name takes the new value
 * (shown as such); before, each later iteration was refuted against the first value (found by
 * a new user: every true update line of a worked example was ✗). In a display, only where the
 * new right side writes a number the text computed for another name (the weight of the step
 * before); {@code $$y = 3 - 2$$} after y = 2 stays a claim. The rest of the
 * chain is checked as usual.
 */
final class NumericReassignments {
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  private NumericReassignments() {}

  /**
   * Whether {@code rhs} writes a number the text computed for another name (2(0.6 − 3) after
   * w = 0.6): the mark of a next iteration, where a display or a plain line is not a claim.
   */
  private static boolean usesAnotherComputedValue(DocumentRun run, String head, String rhs) {
    java.util.regex.Matcher m = LITERAL.matcher(rhs);
    while (m.find()) {
      if (run.values.keysWithValue(m.group()).stream().anyMatch(k -> !k.equals(head))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code rhs} writes a number the text worked out before ({@link ComputedNumbers}),
   * other than the name's own value {@code was}.
   */
  private static boolean usesComputedNumber(DocumentRun run, String rhs, double was) {
    java.util.regex.Matcher m = LITERAL.matcher(rhs);
    while (m.find()) {
      double x = Double.parseDouble(m.group());
      if (run.computed.computed(m.group())
          && Math.abs(x - Math.abs(was)) > 1e-9 * Math.max(1, Math.abs(was))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code rhs} writes the value of a named point other than {@code head}, 0 and 1 aside
   * ({@code v_1 = 0.9 * 0 + 0.1 * 2} after μ = 0.9): the name worked out anew from the text's
   * stated inputs, as under a second update rule (held34: Sutskever's form of momentum after
   * PyTorch's, v₁ = 0.2 after v₁ = 2, was ✗), not a restatement of its value.
   */
  private static boolean usesAnotherPointValue(DocumentRun run, String head, String rhs) {
    java.util.regex.Matcher m = LITERAL.matcher(rhs);
    while (m.find()) {
      double x = Double.parseDouble(m.group());
      if (x == 0 || x == 1) {
        continue;
      }
      for (var p : run.ctx.point().entrySet()) {
        if (!p.getKey().equals(head) && Math.abs(pointValue(run, p.getValue()) - x)
            <= 1e-12 * Math.max(1, Math.abs(x))) {
          return true;
        }
      }
    }
    return false;
  }

  private static double pointValue(DocumentRun run, Expr value) {
    try {
      return run.engine.numeric(value, java.util.Map.of());
    } catch (RuntimeException e) {
      return Double.NaN;
    }
  }

  private static final Pattern LITERAL = Pattern.compile("(?<![\\w.])\\d+(\\.\\d+)?(?![\\w.])");

  /** Gives the name its new value and returns true, or returns false for any other chain. */
  static boolean readInPlace(DocumentRun run, int line, List<String> raw, List<String> terms,
      Relation rel0, boolean claims) {
    if (rel0 != Relation.EQUAL || raw.size() < 2 || terms.get(0) == null
        || terms.get(1) == null || !NAME.matcher(terms.get(0).strip()).matches()) {
      return false;
    }
    String head = terms.get(0).strip();
    Expr old = run.ctx.asDefinitions().rhs(head).orElse(null);
    try {
      Expr now = run.engine.eval(terms.get(1));
      if (old == null || !run.engine.freeSymbols(old).isEmpty()
          || !run.engine.freeSymbols(now).isEmpty()) {
        return false;
      }
      double was = run.engine.numeric(old, java.util.Map.of());
      double is = run.engine.numeric(now, java.util.Map.of());
      if (!Double.isFinite(was) || !Double.isFinite(is)
          || Math.abs(was - is) <= 1e-9 * Math.max(1, Math.abs(was))) {
        return false; // the same value: a restatement, checked as one
      }
      if (claims && run.latex() && !usesAnotherComputedValue(run, head, raw.get(1))) {
        boolean stated = !usesComputedNumber(run, raw.get(1), was);
        if (stated && !usesAnotherPointValue(run, head, raw.get(1))) {
          return false; // $$y = 3 - 2$$ after y = 2: a display claim about y, checked as one
        }
        // L_i = −ln(0.353) after L_i = … = 1.58, 0.353 worked out in between: another quantity
        // under the same name (the softmax loss after the SVM's) or a wrong value; the text
        // does not say which, so neither value is kept for the steps after it
        run.values.clear();
        run.ctx = run.ctx.withoutDefinitions(java.util.Set.of(head));
        run.unread.put(head, line);
        run.reassigned.recordInPlace(head, old, now); // a step false with both is still ✗
        run.out.add(new StepResult(line, raw.get(0).strip(), Relation.EQUAL,
            raw.get(1).strip(), new StepVerdict.NotChecked("ambiguous: "
            + LatexNames.readable(head) + " had the value " + Digits.compact(was) + "; this "
            + "gives it another, worked out from a number " + (stated ? "the text gave "
            + "another name" : "computed before") + ": a new quantity "
            + "under the same name or a wrong value, which the text does not say"), ""));
        return true;
      }
      run.values.clear(); // values computed with the old one are stale
      run.ctx = run.ctx.withDefinition(new Definition(head, now));
      run.out.add(new StepResult(line, raw.get(0).strip(), Relation.EQUAL, raw.get(1).strip(),
          null, "a new value of " + LatexNames.readable(head) + " (it was "
          + Digits.compact(was) + "), as in the next iteration"));
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
