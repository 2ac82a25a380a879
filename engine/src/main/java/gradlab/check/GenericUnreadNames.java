package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name whose definition the reader did not take ({@link UntakenDefinitions}) used as a
 * coefficient by a step that names nothing of that definition. Hastie's {@code p = \Pr(Y =
 * 1|x)} is not read, and the planted sign in {@code \frac{\partial}{\partial f}(p e^{-f} + (1 -
 * p) e^{f}) = -p e^{-f} - (1 - p) e^{f}} was "not checked" (so were Salimans' ∂/∂D of {@code a
 * \log D + b \log(1 - D)} with a, b unread, and Bishop's {@code 1 - \frac{1}{1 + e^{-a}} = …}
 * with a = ln of a ratio of densities). Where each such name's definition writes only names
 * that the text neither defines nor gives a value (so the name is a generic quantity, not a
 * particular number) and none of the names the step writes besides it (so it does not depend on
 * the step's variables, whatever the definition means), the step is checked with the name free:
 * a ✓ holds for every value of it, so for the text's; a ✗ is kept only where the step also fails
 * with the name fixed at each of a spread of values, negative, small and large, so that a step
 * true on a range the definition may confine the name to (p in [0, 1], a ≥ 0) is never refuted.
 * At most two such names, and two only where their definitions share no symbol (p = Pr(Y = 1|x)
 * and q = Pr(Y = −1|x) are tied, p + q = 1, and "(p + q)² = p + q" was ✗ at every pair of the
 * spread) or where all but one of them cancel out of the step, its derivatives carried out
 * (Salimans' a and b share α, β and the densities, but a/D cancels from the sides of the
 * planted sign: the step fails for every nonzero b whatever a is, so no tie can save it);
 * otherwise the step stays not checked.
 */
final class GenericUnreadNames {
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z]+");
  /** LaTeX words that are notation, not names of the definition. */
  private static final Set<String> NOTATION = Set.of("frac", "dfrac", "tfrac", "text",
      "mathrm", "mathbf", "boldsymbol", "mathcal", "mathbb", "bm", "operatorname", "left",
      "right", "big", "Big", "bigl", "bigr", "ln", "log", "exp", "sqrt", "cdot", "times", "mid",
      "Pr", "sum", "prod", "limits", "quad", "qquad", "tag", "hat", "tilde", "bar", "vec");
  private static final List<String> VALUES = List.of("-1.7", "-0.4", "0.3", "0.8", "2.5");

  private GenericUnreadNames() {}

  /**
   * The untaken names {@code written} that the step may take free, or an empty set where the
   * step is to stay not checked.
   */
  static Set<String> freeable(DocumentRun run, String lhs, String rhs, Set<String> written) {
    if (written.isEmpty() || written.size() > 2 || run.untaken.reason(run,
        UntakenDefinitions.without(lhs + " " + rhs, written)) != null) {
      return Set.of(); // used through a definition too
    }
    Set<String> stepTokens = tokens(lhs + " " + rhs);
    stepTokens.removeAll(written);
    Set<String> seen = new TreeSet<>();
    boolean tied = false;
    for (String n : written) {
      String text = run.untaken.text(n);
      if (text == null) {
        return Set.of();
      }
      Set<String> names = tokens(text.replaceAll("\\\\(?:text|mathrm|operatorname)\\s*\\{[^{}]*}",
          " "));
      names.removeAll(NOTATION);
      if (names.isEmpty() || names.contains(n) || !java.util.Collections.disjoint(names,
          stepTokens)) {
        return Set.of(); // a constant, or a definition through the step's own variables
      }
      tied |= !java.util.Collections.disjoint(names, seen);
      seen.addAll(names);
      for (String t : names) {
        if (run.ctx.defines(t) || run.ctx.point().containsKey(t) || run.functions.contains(t)
            || run.untaken.text(t) != null) {
          return Set.of(); // through a quantity the text defines or gives a value
        }
      }
    }
    if (tied && written.stream().filter(n -> !CancelledNames.cancelsAfterDerivatives(run, lhs,
        rhs, n)).count() > 1) {
      return Set.of(); // p = Pr(Y = 1|x), q = Pr(Y = -1|x): tied (p + q = 1), not free apart
    }
    return written;
  }

  /**
   * {@code v}, or "not checked" ({@code reason}) where it is a ✗ that does not hold with the
   * names {@code free} fixed at each of the spread of values.
   */
  static StepVerdict guard(DocumentRun run, Set<String> free, String reason, String lhs,
      Relation rel, String rhs, StepVerdict v) {
    if (free.isEmpty() || !(v instanceof StepVerdict.Refuted)) {
      return v;
    }
    List<String> names = new ArrayList<>(free);
    StepVerdict.Refuted shown = null;
    CheckContext saved = run.ctx;
    try {
      for (String a : VALUES) {
        for (String b : names.size() == 2 ? VALUES : List.of(a)) {
          CheckContext at = saved.withPoint(names.get(0), run.engine.eval("(" + a + ")"));
          if (names.size() == 2) {
            at = at.withPoint(names.get(1), run.engine.eval("(" + b + ")"));
          }
          run.ctx = at;
          if (!(run.steps.verdict(lhs, rel, rhs, null, "") instanceof StepVerdict.Refuted r)) {
            return new StepVerdict.NotChecked(reason);
          }
          if (a.equals("0.3") && (names.size() == 1 || b.equals("0.8"))) {
            shown = r; // a value a probability or a weight may take
          }
        }
      }
    } finally {
      run.ctx = saved;
    }
    String which = names.stream().map(LatexNames::readable).collect(
        java.util.stream.Collectors.joining(", "));
    return shown == null ? v : new StepVerdict.Refuted(shown.point(), shown.lhs(), shown.rhs(),
        (shown.detail().isEmpty() ? "" : shown.detail() + "; ") + "it fails too with " + which
        + " at each of " + String.join(", ", VALUES) + ": " + which + " defined in a way the "
        + "checker does not read, whatever " + (names.size() == 1 ? "its value" : "their values")
        + " there");
  }

  private static Set<String> tokens(String text) {
    Set<String> out = new TreeSet<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
