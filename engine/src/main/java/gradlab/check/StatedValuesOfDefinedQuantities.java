package gradlab.check;

import gradlab.symbolic.Definition;
import gradlab.symbolic.Expr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A worked example that states values for quantities the text defines through names it gives
 * no value: a GRU note defines {@code z = σ(W_z x + U_z h_prev)}, {@code h̃ = tanh(…)} and
 * {@code h = z h_prev + (1 − z) h̃}, then "numbers: h_prev = 0.5, z = 0.25, h̃ = −0.5" and
 * {@code h = 0.25·0.5 + 0.75·(−0.5)}. That step was "not checked: the left side depends on
 * [W_z, x, …]: it holds only for values the text does not state here", though the text states
 * the values of z and h̃ themselves. The step is read with those quantities taken at the values
 * stated for them (their definitions set aside), as {@code h} is written in them: ✓ or ✗ there,
 * naming the values, as a step with the values computed earlier is.
 *
 * <p>Read only where every name of the step then has a value, and never for a step that takes a
 * derivative: with z's definition set aside, ∂h/∂a_z would be 0 where a_z reaches h through z. A
 * quantity whose definition has a value for each of its own names is not set aside (its value
 * follows from them; the step is read as before), nor is a value a refuted step stated. Stateless.
 */
final class StatedValuesOfDefinedQuantities {
  private StatedValuesOfDefinedQuantities() {}

  /** {@code v}, or the verdict at the stated values where {@code v} lacks values. */
  static StepVerdict verdict(DocumentRun run, int line, String lhs, Relation rel, String rhs,
      StepVerdict v) {
    if ((rel != Relation.EQUAL && rel != Relation.APPROX)
        || !(v instanceof StepVerdict.NotChecked n)
        || !n.reason().contains(StatedValueClaims.ONLY_FOR_VALUES)
        || derivative(lhs) || derivative(rhs) || run.values.isEmpty()
        || run.values.refutedLine(lhs + " " + rhs) > 0) {
      return v;
    }
    try {
      return atStatedValues(run, line, lhs, rel, rhs, v);
    } catch (RuntimeException e) {
      return v;
    }
  }

  private static StepVerdict atStatedValues(DocumentRun run, int line, String lhs,
      Relation rel, String rhs, StepVerdict v) {
    Set<String> valued = new TreeSet<>(run.ctx.point().keySet());
    valued.addAll(run.values.names());
    Map<String, Expr> cut = new LinkedHashMap<>();
    boolean definedCut = false;
    for (String name : run.values.names()) {
      if (run.values.isRefuted(name) || run.ctx.point().containsKey(name)
          || run.values.lineOf(name) >= line || name.equals(lhs.strip())
          || name.equals(rhs.strip())) {
        continue; // v = 11 → 11.001 is no premise of itself
      }
      boolean defined = run.ctx.defines(name);
      if (defined) {
        Set<String> own = new TreeSet<>(run.engine.freeSymbols(run.checker.resolve(run.ctx,
            name, true)));
        own.removeAll(valued);
        if (own.isEmpty()) {
          continue; // its value follows from values the text gives: not set aside
        }
      }
      definedCut |= defined; // z of W_z, x without values: its value is the text's to state
      cut.put(name, run.engine.eval(run.values.valueOf(name)));
    }
    if (!definedCut) {
      return v; // only undefined names: the values computed earlier read these already
    }
    List<Definition> definitions = new ArrayList<>(run.ctx.definitions());
    definitions.removeIf(d -> cut.containsKey(d.name()));
    List<Definition> restatements = new ArrayList<>(run.ctx.restatements());
    restatements.removeIf(d -> cut.containsKey(d.name()));
    Map<String, Expr> point = new LinkedHashMap<>(run.ctx.point());
    point.putAll(cut);
    CheckContext at = new CheckContext(definitions, restatements, run.ctx.functionRules(),
        point, run.ctx.domain(), run.ctx.used());
    Set<String> free = new TreeSet<>(run.engine.freeSymbols(run.checker.resolve(at, lhs, true)));
    free.addAll(run.engine.freeSymbols(run.checker.resolve(at, rhs, true)));
    if (!point.keySet().containsAll(free)) {
      return v; // a name still without a value: which value is meant is not written
    }
    StepVerdict again = run.budget.run(by -> run.checker.check(at, lhs, rel, rhs, by));
    if (again instanceof StepVerdict.Refuted f
        && !refutedAcrossRounding(run, at, cut, lhs, rel, rhs, Math.signum(f.lhs() - f.rhs()))) {
      return v; // 0.8808 may stand for 0.880797: false only at the digits written shows nothing
    }
    StringBuilder named = new StringBuilder();
    cut.keySet().forEach(name -> named.append(named.isEmpty() ? "" : ", ")
        .append(run.values.used(name)));
    String how = "with the values the text states for quantities it defines: " + named;
    return switch (again) {
      case StepVerdict.Proved p -> new StepVerdict.Proved(p.how() + ", " + how);
      case StepVerdict.Refuted f -> new StepVerdict.Refuted(f.point(), f.lhs(), f.rhs(),
          (f.detail().isEmpty() ? "" : f.detail() + "; ") + how);
      default -> v;
    };
  }

  /**
   * Whether the step is also refuted, its left side on the same side of its right side, at
   * every corner of the box of numbers that round to the decimal values set aside (at most three
   * of them, and no whole number, which may have been stated with ≈; otherwise the step stays as
   * it was): z = 0.88 may be 0.880797, and h = 0.8808 true.
   */
  private static boolean refutedAcrossRounding(DocumentRun run, CheckContext at,
      Map<String, Expr> cut, String lhs, Relation rel, String rhs, double sign) {
    List<String> rounded = cut.keySet().stream().filter(n -> run.values.valueOf(n)
        .contains(".")).toList();
    if (rounded.size() > 3 || rounded.size() < cut.size()) {
      return false; // z ≈ 1 may stand for 0.98: a whole number gives no box of its rounding
    }
    for (int corner = 0; corner < (1 << rounded.size()); corner++) {
      CheckContext there = at;
      for (int k = 0; k < rounded.size(); k++) {
        String value = run.values.valueOf(rounded.get(k)).strip();
        double half = 0.5 * Math.pow(10, -(value.length() - value.indexOf('.') - 1));
        double x = Double.parseDouble(value) + ((corner >> k & 1) == 0 ? -half : half);
        there = there.withPoint(rounded.get(k), run.engine.eval(
            java.math.BigDecimal.valueOf(x).toPlainString()));
      }
      CheckContext c = there;
      if (!(run.budget.run(by -> run.checker.check(c, lhs, rel, rhs, by))
          instanceof StepVerdict.Refuted f) || Math.signum(f.lhs() - f.rhs()) != sign) {
        return false;
      }
    }
    return true;
  }

  private static boolean derivative(String side) {
    return side.contains("pd(") || side.contains("dd(") || side.contains("diff(")
        || side.contains("'") || side.contains("prime") || side.contains("D(");
  }
}
