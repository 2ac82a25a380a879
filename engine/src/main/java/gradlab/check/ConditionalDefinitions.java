package gradlab.check;

import gradlab.symbolic.Definition;
import gradlab.symbolic.Expr;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A definition the text states under a condition on a point, and a value it gives the name once
 * the point has another value: the CS231n notes' "Setting the zero padding to $P = (F - 1)/2$
 * when the stride is $S = 1$ …", then "stride $S = 4$ and no zero padding $P = 0$". The second P
 * was read as a claim about the first and refuted at F = 11 (held27, a true step ✗); but the
 * definition held only when S = 1. Where a prose value {@code P = number} follows a change of
 * the condition's point, P takes the new value, shown as such, never refuted. A value while the
 * condition still holds stays a claim. Mutable, one per document run.
 */
final class ConditionalDefinitions {
  /** A formula, then "when", "whenever" or "if" and words up to the point's own formula. */
  private static final Pattern CONDITIONED = Pattern.compile(
      "\\$([^$]*)\\$[^$.;:]*\\b(?:when|whenever|if)\\b[^$.;:]*$", Pattern.CASE_INSENSITIVE);

  /** The condition's point name and value. */
  private record Condition(String point, Expr value, int line) {}

  private final Map<String, Condition> conditions = new HashMap<>();

  /**
   * Records the point {@code head = value} the prose just before it makes the condition of the
   * definition written just before the "when" ("$P = (F - 1)/2$ when the stride is $S = 1$").
   */
  void pointBoundInPlace(DocumentRun run, String head, Expr value, int line) {
    Matcher m = CONDITIONED.matcher(SentenceScope.lastSentence(run.paragraph()));
    if (!m.find()) {
      return;
    }
    String formula = m.group(1);
    int eq = formula.indexOf('=');
    if (eq < 0 || formula.indexOf('=', eq + 1) >= 0) {
      return;
    }
    try {
      Set<String> names = FormulaNames.of(formula.substring(0, eq), run.reading());
      if (names.size() == 1 && run.ctx.defines(names.iterator().next())
          && !names.contains(head)) {
        conditions.put(names.iterator().next(), new Condition(head, value, line));
      }
    } catch (RuntimeException e) {
      // a formula the reader does not read: no condition recorded
    }
  }

  /**
   * Takes {@code name = number} in prose as the name's new value and returns true where the
   * point its definition was conditioned on now has another value; otherwise returns false.
   */
  boolean lapsedInPlace(DocumentRun run, int line, List<String> raw, List<String> terms,
      Relation rel0, boolean claims) {
    if (claims || rel0 != Relation.EQUAL || raw.size() != 2 || terms.get(0) == null
        || terms.get(1) == null || !conditions.containsKey(terms.get(0).strip())) {
      return false;
    }
    String head = terms.get(0).strip();
    Condition c = conditions.get(head);
    Expr now = run.ctx.point().get(c.point());
    if (now == null || now.equals(c.value()) || !run.ctx.defines(head)) {
      return false;
    }
    try {
      Expr value = run.engine.eval(terms.get(1));
      if (!run.engine.freeSymbols(value).isEmpty()) {
        return false;
      }
      conditions.remove(head);
      run.values.clear(); // values computed with the conditioned definition are stale
      run.ctx = run.ctx.withDefinition(new Definition(head, value));
      run.out.add(new StepResult(line, raw.get(0).strip(), Relation.EQUAL, raw.get(1).strip(),
          null, "a new value of " + LatexNames.readable(head) + ": its definition held when "
          + LatexNames.readable(c.point()) + " = " + Digits.compact(run.engine.numeric(c.value(), Map.of()))
          + " (line " + c.line() + "), which no longer holds"));
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
