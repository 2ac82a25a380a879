package gradlab.check;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A formula stated to be a number after the point that gave its names values has ended: Olah
 * sets "$a=2$ and $b=1$", a heading follows, and then "$\frac{\partial e}{\partial b}= 1*2 +
 * 1*3$" counts the paths of the graph at those values. Such a step was "not checked: it holds
 * only for values the text does not state here", though the only values the text states for a
 * and b are 2 and 1. It is read at the values the text gave (see {@link EarlierPoints}): ✓
 * there, naming them; ✗ only where it fails there too, and then it fails under every reading
 * the text gives (the left side varies, so it is no identity either, and no other values are
 * stated). A name of the step without a value given keeps it "not checked".
 *
 * <p>Also for ≈: a teacher's "**(b)** Backward pass" after the givens of part (a), then
 * "$\frac{\partial L}{\partial w} \approx (0.7311 - 1)(0.7311)(1 - 0.7311)(2)$", was "not
 * checked: … values the text does not state here" (user40), though the part label only ended the
 * point. Where the step holds there only with its decimals read as rounded, the reason says so
 * (and {@link CarriedDecimals} proves it where they are results the text wrote before).
 *
 * <p>At those values a step that uses a result the text rounded is read with the rounded value,
 * as at the current point ({@link CarriedDefinedValues}): a teacher's second input, "Take $x =
 * 1$ and $t = 0$" after $w = 1$ was given with the first, then $y = 2 \cdot 0.7311 - 1 =
 * 0.4622$ and $L = \frac{1}{2} \cdot 0.4622^2$, was ✗ against the unrounded y (user46).
 */
final class EarlierValueClaims {
  private EarlierValueClaims() {}

  /** {@code v}, or the verdict at the values the text gave where {@code v} lacks them. */
  static StepVerdict verdict(DocumentRun run, String lhs, Relation rel, String rhs,
      StepVerdict v) {
    if (rel != Relation.EQUAL && rel != Relation.APPROX
        || !(v instanceof StepVerdict.NotChecked n)
        || !n.reason().contains(StatedValueClaims.ONLY_FOR_VALUES)) {
      return v;
    }
    Set<String> free = new TreeSet<>();
    try {
      free.addAll(run.engine.freeSymbols(run.checker.resolve(run.ctx, lhs, true)));
      free.addAll(run.engine.freeSymbols(run.checker.resolve(run.ctx, rhs, true)));
    } catch (RuntimeException e) {
      return v; // a side the checker cannot resolve has no names to give values
    }
    free.removeAll(run.ctx.point().keySet());
    Map<String, Integer> given = new LinkedHashMap<>();
    CheckContext at = run.ctx;
    for (String name : free) {
      var value = run.earlierPoints.valueOf(name);
      if (value.isEmpty() || run.earlierPoints.rebound(name)) {
        return v; // a name the text never gave a value, or one a function since took as its
      } // parameter (g(T) = T³ after T = 2): which value is meant is not written
      at = at.withPoint(name, value.get());
      given.put(name, run.earlierPoints.lineOf(name));
    }
    if (given.isEmpty()) {
      return v;
    }
    CheckContext there = at;
    StepVerdict exact = run.budget.run(by -> run.checker.check(there, lhs, rel, rhs, by));
    StepVerdict again = CarriedDefinedValues.verdict(run, there, lhs, rel, rhs, exact);
    if (again instanceof StepVerdict.NotChecked && exact instanceof StepVerdict.Refuted) {
      return again; // it holds only through a value a refuted step stated
    }
    StringBuilder named = new StringBuilder();
    given.forEach((name, line) -> named.append(named.isEmpty() ? "" : ", ")
        .append(LatexNames.readable(name)).append(" = ")
        .append(run.earlierPoints.valueOf(name).orElseThrow().unicode())
        .append(" (line ").append(line).append(")"));
    if (again instanceof StepVerdict.Proved p) {
      return new StepVerdict.Proved(p.how() + ", at the values the text gave before: " + named);
    }
    if (again instanceof StepVerdict.NotChecked r
        && (r.reason().startsWith(RoundedSteps.ROUNDED_ONLY)
        || r.reason().startsWith(RoundedSteps.ROUNDED_ONLY_RIGHT))) { // ≈ with rounded decimals:
      return new StepVerdict.NotChecked(r.reason() + ", at the values the text gave before: "
          + named); // CarriedDecimals proves it where the decimals are results the text wrote
    }
    if (again instanceof StepVerdict.Refuted f && !posesEquation(run, lhs, rhs)) {
      return new StepVerdict.Refuted(f.point(), f.lhs(), f.rhs(), "at the values the text "
          + "gave before: " + named + "; the left side varies, so it is no identity either");
    }
    return v;
  }

  private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile(
      "[A-Za-z][A-Za-z0-9_]*");

  /**
   * Whether the step names nothing the text defines and takes no derivative ("we solve
   * $x^2 - 2 = 0$" after "At $x = 1$" in an earlier part): an equation the text may pose, to be
   * solved, is a reading under which no earlier value refutes it (it was ✗ at x = 1, found by a
   * new user); ∂e/∂b = 1·2 + 1·3 of a defined e is a value of a quantity, read as before.
   */
  private static boolean posesEquation(DocumentRun run, String lhs, String rhs) {
    var m = NAME.matcher(lhs + " " + rhs);
    while (m.find()) {
      String n = m.group();
      if (n.equals("pd") || n.equals("dd") || n.equals("D") || n.equals("diff")
          || run.ctx.defines(n) || run.functions.contains(n)) {
        return false;
      }
    }
    return true;
  }
}
