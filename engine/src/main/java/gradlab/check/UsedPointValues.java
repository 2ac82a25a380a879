package gradlab.check;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A counterexample shows only the values its step uses. A refutation at a named point listed
 * every value the file had named, in the order stated, whatever the step was about: a claim on
 * y alone, y = σ(0.01) = 0.6, was "refuted at z₁ = 1, z₂ = 2, T = 2, β₁ = 0.9, …", which reads
 * as if those values mattered (found by a new user). A value of the named point is kept when
 * the step, with the text's definitions put in, still has its name; values the check sampled
 * (names not in the named point) are always kept. The verdict itself is unchanged. Stateless.
 */
final class UsedPointValues {
  private UsedPointValues() {}

  /**
   * {@code v} with its point cut to the names in {@code used} and those not in {@code named}
   * (sampled values); any other verdict as it is.
   */
  static StepVerdict of(StepVerdict v, Set<String> used, Set<String> named) {
    if (!(v instanceof StepVerdict.Refuted f)) {
      return v;
    }
    Map<String, Double> kept = kept(f.point(), used, named);
    return kept.size() == f.point().size() ? v
        : new StepVerdict.Refuted(kept, f.lhs(), f.rhs(), f.detail());
  }

  /** The entries of {@code point} whose names are in {@code used} or not in {@code named}. */
  static <T> Map<String, T> kept(Map<String, T> point, Set<String> used, Set<String> named) {
    Map<String, T> out = new LinkedHashMap<>();
    point.forEach((k, x) -> {
      if (used.contains(k) || !named.contains(k)) {
        out.put(k, x);
      }
    });
    return out;
  }
}
