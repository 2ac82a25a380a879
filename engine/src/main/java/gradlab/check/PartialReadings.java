package gradlab.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The verdict on a step with ∂ from its verdicts under each reading of ∂A/∂B (the local partial
 * of a direct argument, A as restated, the total derivative). Soundness is symmetric: the step
 * is refuted only when every admissible reading fails, and proved only when every admissible
 * reading holds (proved, or equal at the sample points); where one holds and another fails it
 * is "not checked: ambiguous", naming both. A reading under which ∂A/∂B has no meaning (A is
 * not written in terms of B there) is not one the notation admits.
 */
final class PartialReadings {
  private PartialReadings() {}

  static StepVerdict combine(List<String> names, List<StepVerdict> verdicts) {
    List<Integer> admissible = new ArrayList<>();
    for (int k = 0; k < verdicts.size(); k++) {
      if (!inadmissible(verdicts.get(k))) {
        admissible.add(k);
      }
    }
    if (admissible.isEmpty()) {
      return verdicts.stream().filter(v -> !(v instanceof StepVerdict.Refuted)).findFirst()
          .orElse(verdicts.get(0));
    }
    if (admissible.size() == 1 && admissible.get(0) == 0) {
      return verdicts.get(0); // the local partial, as always named in its proof
    }
    if (admissible.size() == 1) {
      String name = names.get(admissible.get(0));
      return withReading(verdicts.get(admissible.get(0)), name.endsWith("as restated")
          ? ", with " + name : ", reading " + name, verdicts.size() > 1);
    }
    Integer refuted = null;
    Integer holds = null;
    Integer proved = null;
    Integer undecided = null;
    for (int k : admissible) {
      StepVerdict v = verdicts.get(k);
      if (v instanceof StepVerdict.Refuted) {
        refuted = refuted == null ? k : refuted;
      } else if (v instanceof StepVerdict.Proved || v instanceof StepVerdict.Unknown u
          && !u.evidence().contains("time")) {
        holds = holds == null ? k : holds;
        if (proved == null && v instanceof StepVerdict.Proved) {
          proved = k; // not "cond ? k : proved": that unboxes a null proved (an NPE that lost
        } // a file's whole report when a reading held only at the sample points came first)
      } else {
        undecided = undecided == null ? k : undecided;
      }
    }
    if (refuted != null && holds == null && undecided == null) {
      return verdicts.get(refuted);
    }
    if (refuted != null && holds != null) {
      return new StepVerdict.NotChecked("ambiguous, read as " + names.get(holds) + " (holds: "
          + plain(verdicts.get(holds)) + ") or as " + names.get(refuted) + " (fails: "
          + plain(verdicts.get(refuted)) + ")");
    }
    if (refuted != null) {
      return new StepVerdict.NotChecked("ambiguous, read as " + names.get(refuted)
          + " (fails: " + plain(verdicts.get(refuted)) + ") or as " + names.get(undecided)
          + " (not decided: " + plain(verdicts.get(undecided)) + ")");
    }
    if (undecided != null) {
      return holds == null ? verdicts.get(undecided) : new StepVerdict.NotChecked(
          "ambiguous, read as " + names.get(holds) + " (holds: " + plain(verdicts.get(holds))
          + ") or as " + names.get(undecided) + " (not decided: "
          + plain(verdicts.get(undecided)) + ")");
    }
    if (proved != null && admissible.stream().allMatch(k -> verdicts.get(k)
        instanceof StepVerdict.Proved)) {
      return withReading(verdicts.get(proved), " under every reading of ∂ ("
          + String.join("; ", admissible.stream().map(names::get).toList()) + ")", true);
    }
    // every reading holds, at least one only at the sample points
    return admissible.stream().map(verdicts::get).filter(v -> v instanceof
        StepVerdict.Unknown).findFirst().orElseThrow();
  }

  private static String plain(StepVerdict v) {
    return PartialWording.without(v.evidence());
  }

  static boolean inadmissible(StepVerdict v) {
    return v instanceof StepVerdict.NotChecked n && n.reason().contains("is not written in "
        + "terms of");
  }

  private static StepVerdict withReading(StepVerdict v, String suffix, boolean named) {
    if (!named || !(v instanceof StepVerdict.Proved p)) {
      return v;
    }
    String how = PartialWording.without(p.how());
    return new StepVerdict.Proved(how + suffix);
  }
}
