package gradlab.check;

import gradlab.symbolic.Expr;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Claims the text makes about values it does not otherwise state: He et al.'s
 * "E[Δy_l] = E[Δx_{l+1}]/2 = 0" says that E[Δx_{l+1}] is 0. Such a claim is not checked (it holds
 * only for some values), yet it is part of what the text asserts: a later step refuted at a
 * point where it fails ("E[(Δy_l)²] = Var[Δy_l]", ✗ at E[Δx_{l+1}] = 0.50 though the text had
 * said it is 0) is refuted against the text's own statement, not against the step. Such a
 * refutation is "not checked", naming the claim; a refutation where every such claim holds, or
 * whose point leaves their names free, stands. Only a claim in one name pins a value: "x₁w₁ +
 * x₂w₃ + b₁w₅ = 2.2" (seed 003) fails at almost every sampled point of its six names, and
 * reading it as a guard had turned six true refutations of a(h₁)(1 − a(h₁)) into "not checked"
 * with a reason that was not so (the step fails where the claim holds as well). Stateless: the claims are the run's
 * {@link PremiseLedger}, so the ones of another section are not looked at.
 */
final class StatedValueClaims {
  /** The reason {@link StepChecker} gives a claim that holds only for values not stated. */
  static final String ONLY_FOR_VALUES = "it holds only for values the text does not state here";

  private StatedValueClaims() {}

  /**
   * {@code v}, the verdict on {@code lhs = rhs} at {@code line}, or "not checked" where its point
   * contradicts a value claim made before (the step itself, as first read, is not one).
   */
  static StepVerdict guard(DocumentRun run, int line, String lhs, String rhs, StepVerdict v) {
    if (!(v instanceof StepVerdict.Refuted f) || f.point().isEmpty()) {
      return v;
    }
    for (PremiseLedger.Claim c : run.premises.all()) {
      boolean itself = c.line() == line && c.lhs().equals(lhs) && c.rhs().equals(rhs);
      if (itself || c.relation() != Relation.EQUAL
          || !(c.verdict() instanceof StepVerdict.NotChecked n)
          || !n.reason().contains(ONLY_FOR_VALUES)) {
        continue;
      }
      try {
        if (failsAt(run, c, f.point())) {
          List<PremiseLedger.Claim> others = run.premises.all().stream().filter(o -> o != c
              && o.relation() == Relation.EQUAL && o.verdict() instanceof StepVerdict.NotChecked n2
              && n2.reason().contains(ONLY_FOR_VALUES)).toList();
          StepVerdict.Refuted there = StatedValueRoots.atRoots(run, c, lhs, rhs, f, others);
          if (there != null) {
            return there; // |x| = 1 stated: it fails at x = 1 and at x = −1 too
          }
          return new StepVerdict.NotChecked("it fails only where the value the text states on "
              + "line " + c.line() + " does not hold (it was sampled at "
              + PointText.of(f.point()) + ")");
        }
      } catch (RuntimeException e) {
        // a claim the checker cannot evaluate at the point says nothing against it
      }
    }
    return v;
  }

  static boolean failsAt(DocumentRun run, PremiseLedger.Claim c,
      Map<String, Double> point) {
    Expr l = run.checker.resolve(c.ctx(), c.lhs(), true);
    Expr r = run.checker.resolve(c.ctx(), c.rhs(), true);
    Set<String> free = new HashSet<>(run.engine.freeSymbols(l));
    free.addAll(run.engine.freeSymbols(r));
    Map<String, Double> at = new HashMap<>();
    c.ctx().point().forEach((name, value) -> {
      double x = run.engine.numeric(value, Map.of());
      if (Double.isFinite(x)) {
        at.put(name, x);
      }
    });
    at.putAll(point);
    if (free.size() != 1 || !at.keySet().containsAll(free)
        || free.stream().noneMatch(point::containsKey)) {
      return false;
    }
    double a = run.engine.numeric(l, at);
    double b = run.engine.numeric(r, at);
    return Double.isFinite(a) && Double.isFinite(b)
        && Math.abs(a - b) > 1e-6 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }
}
