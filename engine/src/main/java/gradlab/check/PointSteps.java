package gradlab.check;

import gradlab.symbolic.Expr;
import gradlab.symbolic.IdentityProver;
import gradlab.symbolic.IdentityVerdict;
import gradlab.symbolic.SymbolicEngine;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A step decided at the text's named point: its values put in, then proved, refuted (confirmed
 * by the second evaluator) or left unknown. Moved out of {@link StepChecker} (pure movement).
 * Stateless beyond its engine and prover.
 */
final class PointSteps {
  private final SymbolicEngine engine;
  private final IdentityProver prover;
  private final SideSamples samples;
  private final SecondConfirmation confirmation;

  PointSteps(SymbolicEngine engine, IdentityProver prover, SideSamples samples,
      SecondConfirmation confirmation) {
    this.engine = engine;
    this.prover = prover;
    this.samples = samples;
    this.confirmation = confirmation;
  }

  StepVerdict atPoint(CheckContext ctx, Expr l, Expr r, Instant proofBy) {
    Expr lp = engine.substitute(l, ctx.point());
    Expr rp = engine.substitute(r, ctx.point());
    Set<String> rest = new TreeSet<>(engine.freeSymbols(lp));
    rest.addAll(engine.freeSymbols(rp));
    IdentityVerdict v = prover.prove(lp, rp, SamplingDomains.sampling(ctx, rest), proofBy);
    Set<String> used = new TreeSet<>(engine.freeSymbols(l));
    used.addAll(engine.freeSymbols(r));
    Map<String, Expr> usedValues = UsedPointValues.kept(ctx.point(), used, ctx.point().keySet());
    String where = describe(usedValues.isEmpty() ? ctx.point() : usedValues);
    return switch (v) {
      case IdentityVerdict.Proved p -> new StepVerdict.Proved("at " + where + " by exact "
          + "arithmetic (" + p.strategy() + ")");
      case IdentityVerdict.Refuted f -> {
        Map<String, Double> p = new LinkedHashMap<>(samples.numeric(ctx.point()));
        p.putAll(f.point());
        yield confirmation.confirmed(l, r, p, f.lhs(), f.rhs(), ""); // the point is shown once
      }
      case IdentityVerdict.Unknown u -> u.checkedPoints() == 0
          ? new StepVerdict.NotChecked("the sides have no numeric value at " + where)
          : new StepVerdict.Unknown(u.checkedPoints(), u.tolerance());
    };
  }

  static String describe(Map<String, Expr> point) {
    StringBuilder b = new StringBuilder();
    point.forEach((k, v) -> b.append(b.isEmpty() ? "" : ", ").append(LatexNames.readable(k))
        .append(" = ")
        .append(v.unicode()));
    return b.toString();
  }
}
