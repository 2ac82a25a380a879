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
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
  static final double LOW = 0.01;
  static final double HIGH = 3;

  private VarianceNames() {}

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
