package gradlab.check;

import gradlab.symbolic.Domain;
import gradlab.symbolic.Expr;
import gradlab.symbolic.SymbolicEngine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * An inequality between formulas, sampled at seeded points inside the text's ranges (default
 * (−3, 3)): refuted where it fails and the second evaluator agrees, proved when both sides are
 * numbers, else unknown with the samples.
 */
final class SampledInequality {
  private SampledInequality() {}

  static StepVerdict check(SymbolicEngine engine, SecondEvaluator second, Domain d, Expr l,
      Relation rel, Expr r, Map<String, Double> fixed, int samples) {
    Random random = new Random(7);
    List<String> vars = new ArrayList<>(engine.freeSymbols(l));
    engine.freeSymbols(r).stream().filter(v -> !vars.contains(v)).forEach(vars::add);
    for (int k = 0; k < samples; k++) {
      Map<String, Double> p = new LinkedHashMap<>(fixed);
      for (String v : vars) {
        if (!p.containsKey(v)) {
          double[] i = d.intervals().getOrDefault(v, new double[] {-3, 3});
          p.put(v, i[0] + (i[1] - i[0]) * random.nextDouble());
        }
      }
      double lv = engine.numeric(l, p);
      double rv = engine.numeric(r, p);
      if (!rel.holds(lv, rv)) {
        double a = second.value(l, p);
        double b = second.value(r, p);
        return Double.isFinite(a) && Double.isFinite(b) && !rel.holds(a, b)
            ? new StepVerdict.Refuted(p, lv, rv, "")
            : new StepVerdict.NotChecked("fails at " + p + " in double precision only");
      }
      if (vars.stream().allMatch(fixed::containsKey)) {
        return new StepVerdict.Proved("numerically, both sides are numbers: " + lv + " "
            + rel.symbol() + " " + rv);
      }
    }
    return new StepVerdict.Unknown(samples, 0);
  }
}
