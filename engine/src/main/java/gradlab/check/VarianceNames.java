package gradlab.check;

import gradlab.symbolic.Definition;
import gradlab.symbolic.Domain;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names the text states to be a variance: {@code \mathrm{Var}(x_1) = v} makes v a variance,
 * which is positive, so v is sampled only where it is (0.01 to 3, as Var(x) itself is). Sampling
 * v at −0.84 refuted the true {@code |Var(w_1 x_1)| = s^2 v}.
 */
final class VarianceNames {
  private static final Pattern NAME = EngineNames.NAME;
  static final double LOW = 0.01;
  static final double HIGH = 3;

  private VarianceNames() {}

  /**
   * The names of {@code d} whose range the text states ("for $x > 0$"), without those sampled
   * in (LOW, HIGH) only because they are a variance or a standard deviation: that σ > 0 states
   * no value of σ, and Bishop's "and $\sigma^2 = 0.1$" (after "variance $\sigma^2$") was refuted
   * as a claim for every σ in that range instead of being a value the text puts in.
   */
  static Set<String> statedRanges(Domain d) {
    Set<String> out = new java.util.TreeSet<>();
    d.intervals().forEach((name, iv) -> {
      if (iv.length < 2 || iv[0] != LOW || iv[1] != HIGH) {
        out.add(name);
      }
    });
    return out;
  }

  /**
   * {@code d} with each of {@code names} that a definition Var(x) = name makes a variance
   * restricted to (LOW, HIGH), unless the text gave it a range of its own.
   */
  static Domain positive(CheckContext ctx, Domain d, Set<String> names) {
    Domain out = d;
    for (Definition def : ctx.definitions()) {
      String value = def.rhs().input().strip();
      if (def.name().startsWith("varof") && NAME.matcher(value).matches()
          && names.contains(value) && !d.intervals().containsKey(value)) {
        out = out.with(value, LOW, HIGH);
      }
    }
    return out;
  }
}
