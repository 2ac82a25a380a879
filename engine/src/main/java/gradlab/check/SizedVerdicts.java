package gradlab.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The verdict on a step with a symbolic size from its verdicts at the sizes written out
 * ({@link SymbolicSums}): never a proof for all sizes; refuted only when every size at which both
 * sides are defined fails.
 */
final class SizedVerdicts {
  private SizedVerdicts() {}

  /**
   * The verdict on the step from its instances' verdicts: refuted only when every instance at
   * which both sides are defined (at least two) is refuted; holds for every size → at most
   * unknown, naming the sizes; otherwise not checked, saying where it held and where it failed.
   */
  static StepVerdict combine(List<SymbolicSums.Instance> instances, List<StepVerdict> verdicts,
      String letter) {
    List<Integer> held = new ArrayList<>();
    List<Integer> failed = new ArrayList<>();
    List<Integer> proved = new ArrayList<>();
    StepVerdict.Refuted firstFailure = null;
    int failureSize = 0;
    StepVerdict firstOther = null;
    for (int i = 0; i < verdicts.size(); i++) {
      StepVerdict v = verdicts.get(i);
      int size = instances.get(i).size();
      if (v instanceof StepVerdict.Refuted f && Double.isFinite(f.lhs())
          && Double.isFinite(f.rhs())) {
        failed.add(size);
        if (firstFailure == null) {
          firstFailure = f;
          failureSize = size;
        }
      } else if (v instanceof StepVerdict.Proved) {
        held.add(size);
        proved.add(size);
      } else if (v instanceof StepVerdict.Unknown u && u.samples() > 0) {
        held.add(size);
      } else if (firstOther == null) {
        firstOther = v;
      }
    }
    String n = letter.isEmpty() ? "#terms" : letter;
    boolean othersUndefined = verdicts.stream().noneMatch(v -> v instanceof StepVerdict.Unknown u
        && u.samples() == 0);
    // n·v = n²·v holds for the one-term sum n = 1 only: failing at every larger size decided
    // (three or more), the step is false for the sums the text writes
    boolean onlyOneTerm = held.equals(List.of(1)) && failed.size() >= 3
        && failed.stream().allMatch(k -> k >= 2);
    String count = letter.isEmpty() && firstFailure != null ? firstFailure.point().keySet()
        .stream().filter(k -> k.matches("[A-Z]|cap[a-z]|[nm]")).findFirst().orElse(null) : null;
    if (failed.size() >= 2 && (held.isEmpty() || onlyOneTerm) && othersUndefined
        && count != null) {
      // Σ_k q_k = ε with q_k = ε/K: K, free, may be the number of terms the text sums over
      String shown = LatexNames.readable(count);
      return new StepVerdict.NotChecked("Σ over the whole family fails when written out for "
          + n + " = " + sizes(failed) + " with " + shown + " free; " + shown + " may be the "
          + "number of terms, which the text does not say");
    }
    if (failed.size() >= 2 && (held.isEmpty() || onlyOneTerm) && othersUndefined) {
      var point = new java.util.LinkedHashMap<String, Double>();
      point.put(letter.isEmpty() ? "#terms" : letter, (double) failureSize);
      point.putAll(firstFailure.point());
      return new StepVerdict.Refuted(point, firstFailure.lhs(), firstFailure.rhs(),
          "Σ with symbolic bounds written out for " + n + " = " + failureSize + "; it fails for "
          + (onlyOneTerm ? n + " = " + sizes(failed) + " and holds only for the one-term sum, "
          + n + " = 1" : "every size decided, " + n + " = " + sizes(failed) + ", of " + n + " = "
          + sizes(instances.stream().map(SymbolicSums.Instance::size).toList()))
          + (firstFailure.detail().isEmpty() ? "" : "; " + firstFailure.detail()));
    }
    String rest = firstOther == null ? "" : "; not decided for the other sizes: "
        + (firstOther instanceof StepVerdict.NotChecked nc ? nc.reason() : firstOther.evidence());
    if (!failed.isEmpty()) {
      return new StepVerdict.NotChecked("Σ with symbolic bounds: fails when written out for "
          + n + " = " + sizes(failed) + (held.isEmpty() ? "" : " but holds for " + n + " = "
          + sizes(held)) + rest);
    }
    if (!held.isEmpty()) {
      String how = proved.size() == held.size() ? "proved for each of " + n + " = "
          + sizes(held) + " written out" : "holds for " + n + " = " + sizes(held)
          + " written out (proved for " + (proved.isEmpty() ? "none" : n + " = " + sizes(proved))
          + ", else at random points)";
      return new StepVerdict.Unknown(held.size(), 0, how + "; not proved for all " + n + rest);
    }
    StepVerdict other = firstOther != null ? firstOther : verdicts.get(0);
    String why = other instanceof StepVerdict.NotChecked nc ? nc.reason() : other.evidence();
    return new StepVerdict.NotChecked("Σ with symbolic bounds written out for " + n + " = "
        + sizes(instances.stream().map(SymbolicSums.Instance::size).toList()) + ": " + why);
  }

  /** The verdict on a step whose size the text states (At $n = 3$): its one instance's. */
  static StepVerdict atStatedSize(StepVerdict v, String letter, int size) {
    String at = "Σ with symbolic bounds written out for " + letter + " = " + size
        + ", the text's value";
    return switch (v) {
      case StepVerdict.Proved p -> new StepVerdict.Proved(p.how() + ", " + at);
      case StepVerdict.Refuted f -> new StepVerdict.Refuted(f.point(), f.lhs(), f.rhs(),
          at + (f.detail().isEmpty() ? "" : "; " + f.detail()));
      case StepVerdict.NotChecked n -> new StepVerdict.NotChecked(at + ": " + n.reason());
      case StepVerdict.Unknown u -> u;
    };
  }

  private static String sizes(List<Integer> sizes) {
    if (sizes.size() >= 3 && sizes.get(sizes.size() - 1) - sizes.get(0) == sizes.size() - 1) {
      return sizes.get(0) + "…" + sizes.get(sizes.size() - 1);
    }
    return String.join(", ", sizes.stream().map(String::valueOf).toList());
  }
}
