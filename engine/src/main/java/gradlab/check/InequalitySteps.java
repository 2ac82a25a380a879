package gradlab.check;

import gradlab.symbolic.Expr;
import gradlab.symbolic.SymbolicEngine;
import java.util.Set;

/**
 * Inequality steps of {@link StepChecker}, decided by {@link InequalityClaims}. Moved out of
 * StepChecker (pure movement). Stateless beyond its engine, evaluator and resolver.
 */
final class InequalitySteps {
  private final SymbolicEngine engine;
  private final SecondEvaluator second;
  private final SideResolver sides;
  private final SideSamples samples;

  InequalitySteps(SymbolicEngine engine, SecondEvaluator second, SideResolver sides,
      SideSamples samples) {
    this.engine = engine;
    this.second = second;
    this.sides = sides;
    this.samples = samples;
  }

  /**
   * An inequality claim ({@link InequalityClaims}): a name on one side only is read as any
   * value in its range; it refutes only where the text ranges it. A side with decimals is
   * exact here (an inequality states a bound, not a rounded value).
   */
  StepVerdict check(CheckContext ctx, String lhs, String rhs, Expr l, Relation rel,
      Expr r, Set<String> fl, Set<String> fr, Set<String> all, boolean localPartials) {
    if (RoundingRange.hasDecimals(lhs) || RoundingRange.hasDecimals(rhs)) {
      l = sides.resolve(ctx, RoundingRange.exact(lhs), localPartials);
      r = sides.resolve(ctx, RoundingRange.exact(rhs), localPartials);
    }
    Set<String> oneSided = OneSidedNames.oneSided(all, fl, fr, ctx);
    // a bound speaks of every value of a name only where the text ranges it ("for every $x$",
    // "for $x > 0$") or makes it a function's parameter: a name that is only an input of a
    // definition (Adam's m̂_t in Δ_t) may be a particular statistic
    oneSided.removeAll(ctx.domain().intervals().keySet());
    ctx.functionRules().forEach(rule -> oneSided.removeAll(rule.parameters()));
    return InequalityClaims.check(engine, second, LogArguments.positive(
        SamplingDomains.sampling(ctx, all), lhs, rhs), l, rel, r,
        samples.numeric(ctx.point()), oneSided, StepChecker.SAMPLES);
  }
}
