package gradlab.check;

import gradlab.symbolic.Definition;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A sum of names the text states in inline math, "where the label is one-hot, so $y_1 + y_2 =
 * 1$", "$p + q = 1$": the steps after it hold on that constraint, not for every value of the
 * names. A step refuted at a point off the constraint (y₁ + y₂ = −1.43, user14 F9) is checked
 * again with the last name written as the constant minus the others (y₂ = 1 − y₁): proved
 * there, it is proved under the constraint; refuted there, the refutation stands at a point the
 * text allows; otherwise it is "not checked", naming the constraint. A refutation at a point on
 * the constraint, or one that does not give every name a value, stands as it was.
 */
final class SumConstraints {
  /** {@code names} (engine syntax) sum to {@code total}; {@code shown} as the text wrote it. */
  record Sum(List<String> names, double total, String shown) {}

  private static final Pattern NAME = EngineNames.NAME;
  private static final Pattern NUMBER = NumberPatterns.DECIMAL;

  private SumConstraints() {}

  /** The constraint {@code latex} states, if it is a sum of two or more names = a number. */
  static Optional<Sum> parse(String latex) {
    String[] sides = latex.strip().split("=");
    if (sides.length != 2 || !NUMBER.matcher(sides[1].strip()).matches()) {
      return Optional.empty();
    }
    try {
      return terms(LatexReader.read(sides[0]).engineSyntax()).map(names -> new Sum(names,
          Double.parseDouble(sides[1].strip()), latex.strip()));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The names {@code side} (engine syntax) adds, if it is a sum of two or more distinct names:
   * the one reading of a sum, for a constraint the text states and for a step that states it.
   */
  private static Optional<List<String>> terms(String side) {
    List<String> names = Arrays.stream(side.split("\\+")).map(String::strip).toList();
    if (names.size() < 2 || names.stream().anyMatch(n -> !NAME.matcher(n).matches())
        || names.stream().distinct().count() != names.size()) {
      return Optional.empty();
    }
    return Optional.of(names);
  }

  static StepVerdict verdict(DocumentRun run, String lhs, Relation rel, String rhs,
      StepVerdict v) {
    if (!(v instanceof StepVerdict.Refuted r)) {
      return v;
    }
    for (Sum s : run.constraints.sums()) {
      Map<String, Double> p = r.point();
      if (!p.keySet().containsAll(s.names()) || s.names().stream().anyMatch(
          n -> run.ctx.defines(n) || run.ctx.point().containsKey(n))) {
        continue; // a sum of names with stated values is a claim about them, no constraint
      }
      if (states(s, lhs, rel, rhs)) { // the step is the constraint: it cannot prove itself
        return new StepVerdict.NotChecked("states the constraint " + s.shown() + ", which the "
            + "steps after it are checked under; it " + r.evidence().replaceFirst("^refuted",
            "fails for other values"));
      }
      double sum = s.names().stream().mapToDouble(p::get).sum();
      if (Math.abs(sum - s.total()) <= 1e-9 * Math.max(1, Math.abs(s.total()))) {
        continue; // refuted on the constraint: it stands
      }
      String last = s.names().getLast();
      String others = String.join(" - ", s.names().subList(0, s.names().size() - 1));
      StepVerdict w;
      try {
        CheckContext on = run.ctx.withDefinition(new Definition(last, run.engine.eval(
            "(" + s.total() + ") - " + others)));
        w = run.budget.run(by -> run.checker.check(on, lhs, rel, rhs, by));
      } catch (RuntimeException e) {
        w = null;
      }
      String under = "under the constraint " + s.shown() + " the text states";
      if (w instanceof StepVerdict.Proved pr) {
        return new StepVerdict.Proved(pr.how() + ", " + under);
      }
      if (w instanceof StepVerdict.Refuted f) {
        return new StepVerdict.Refuted(f.point(), f.lhs(), f.rhs(), (f.detail().isEmpty() ? ""
            : f.detail() + "; ") + under);
      }
      return new StepVerdict.NotChecked("uses the constraint " + s.shown() + " the text states, "
          + "which the checker does not sample; it " + r.evidence().replaceFirst("^refuted",
          "fails"));
    }
    return v;
  }

  /**
   * Whether the step {@code lhs rel rhs} is the sum {@code s} itself. Checked under itself, a
   * stated sum was proved by its own constraint, and so was a wrong one: "Let $a = 2$ and
   * $b = 3$. Then $a + b = 6$." was ✓ "under the constraint a + b = 6 the text states". The
   * step's sum is read as the constraint's ({@link #terms}), not split again on its own.
   */
  private static boolean states(Sum s, String lhs, Relation rel, String rhs) {
    if (rel != Relation.EQUAL || !NUMBER.matcher(rhs.strip()).matches()) {
      return false;
    }
    return terms(lhs).map(names -> names.stream().sorted().toList())
        .equals(Optional.of(s.names().stream().sorted().toList()))
        && Double.parseDouble(rhs.strip()) == s.total();
  }
}
