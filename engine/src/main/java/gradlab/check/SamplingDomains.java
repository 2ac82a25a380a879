package gradlab.check;

import gradlab.symbolic.Domain;
import java.util.Set;

/**
 * Where a step's names are sampled. Moved out of {@link StepChecker} (pure movement). Stateless.
 */
final class SamplingDomains {
  private SamplingDomains() {}

  /**
   * The text's ranges, and a variance sampled only where positive: Var(x) (the name varofx),
   * and a name the text states to be one ({@code Var(x) = v}; {@link VarianceNames}).
   */
  static Domain sampling(CheckContext ctx, Set<String> names) {
    Domain d = ctx.domain();
    Domain out = CountNames.positive(VarianceNames.positive(ctx, d, names), names);
    for (String n : names) {
      if (n.startsWith("varof") && !d.intervals().containsKey(n)) {
        out = out.with(n, 0.01, 3);
      }
    }
    return out;
  }
}
