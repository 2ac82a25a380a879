package gradlab.check;

import gradlab.symbolic.Expr;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A derivative of a quantity whose definition uses a name the text never defines but
 * differentiates itself: "$J = L + \frac{\lambda}{2} w^2$, where $L$ is the data loss", then
 * "if $\frac{\partial L}{\partial w} = 0.5$ then $\frac{\partial J}{\partial w} = 0.7$". The
 * checker holds an undefined L fixed, so ∂J/∂w was λw and the true step was refuted (user14
 * F21). Where the text writes ∂L/∂w (so L varies with w), such a refutation is "not checked",
 * naming L; a name the text never differentiates is still a constant.
 */
final class UndefinedDependence {
  private static final Pattern PARTIAL = Pattern.compile(
      "pd\\(\\s*([A-Za-z][A-Za-z0-9]*)\\s*,\\s*([A-Za-z][A-Za-z0-9]*)\\s*\\)");

  private UndefinedDependence() {}

  static StepVerdict guard(DocumentRun run, String lhs, String rhs, StepVerdict v) {
    if (!(v instanceof StepVerdict.Refuted)) {
      return v;
    }
    Matcher m = PARTIAL.matcher(lhs + " " + rhs);
    while (m.find()) {
      String by = m.group(2);
      for (String n : undefinedIn(run, m.group(1), by)) {
        if (differentiated(run, n, by)) {
          String shown = LatexNames.readable(n);
          return new StepVerdict.NotChecked("depends on ∂" + shown + "/∂" + LatexNames.readable(
              by) + ", and the text does not define " + shown + " (the checker would hold it "
              + "fixed)");
        }
      }
    }
    return v;
  }

  /** The names {@code quantity}'s definition uses (a few levels down) that nothing defines. */
  private static Set<String> undefinedIn(DocumentRun run, String quantity, String by) {
    Set<String> out = new LinkedHashSet<>();
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    todo.add(quantity);
    while (!todo.isEmpty() && seen.size() < 20) {
      String q = todo.poll();
      if (!seen.add(q)) {
        continue;
      }
      Expr def = run.ctx.asDefinitions().rhs(q).orElse(null);
      if (def == null) {
        if (!q.equals(quantity) && !q.equals(by) && !run.ctx.point().containsKey(q)
            && !run.functions.contains(q)) {
          out.add(q);
        }
        continue;
      }
      try {
        todo.addAll(run.engine.freeSymbols(def));
      } catch (RuntimeException e) {
        return Set.of();
      }
    }
    return out;
  }

  /** Whether a step of the text writes ∂n/∂by (as LaTeX, engine syntax or as shown). */
  private static boolean differentiated(DocumentRun run, String n, String by) {
    String shown = LatexNames.readable(n);
    Pattern p = Pattern.compile("\\\\partial\\s*\\{?\\s*" + Pattern.quote(shown) + "\\s*\\}?\\s*"
        + "\\}?\\s*\\{?\\s*\\\\partial\\s*\\{?\\s*" + Pattern.quote(LatexNames.readable(by))
        + "(?![A-Za-z0-9])|∂" + Pattern.quote(shown) + "/∂" + Pattern.quote(LatexNames.readable(
        by)) + "(?![A-Za-z0-9])|pd\\(\\s*" + Pattern.quote(n) + "\\s*,\\s*" + Pattern.quote(by)
        + "\\s*\\)");
    return run.out.stream().anyMatch(r -> p.matcher(r.lhs() + " = " + (r.rhs() == null ? ""
        : r.rhs())).find());
  }
}
