package gradlab.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Groups the steps that were not decided by why, so that a report can end with one line per
 * kind of thing to check by hand ("not checked: 3 steps use Σ with symbolic bounds").
 */
final class NotCheckedSummary {
  private NotCheckedSummary() {}

  /** The kind of reason, as the end of "N steps …". */
  static String kind(String evidence) {
    String e = evidence.replaceFirst("^not checked: ", "").replaceFirst("^unknown \\(", "");
    if (e.startsWith("cannot read: unclosed")) {
      return "are in an unclosed $$";
    }
    if (e.contains("needs independence")) {
      return "need independence the text does not state (E[·] or Var(·) of a product)";
    }
    if (e.startsWith("cannot read: ")) {
      String what = e.substring("cannot read: ".length());
      if (what.startsWith("not engine syntax")) { // "uses not engine syntax" was no English
        return "cannot be read as engine syntax";
      }
      if (what.startsWith("unbalanced") || what.startsWith("missing") || what.startsWith(
          "expected") || what.startsWith("unexpected")) {
        return "cannot be read (unbalanced or unexpected symbols)";
      }
      return "use " + what.replaceFirst(" is not supported$", "") + ", which the reader does "
          + "not read";
    }
    if (e.startsWith("a function defined through notation with two readings")) {
      return "define a function through notation with two readings";
    }
    if (e.startsWith("ambiguous")) {
      return "use notation with two readings that disagree";
    }
    if (e.startsWith("time:") || e.startsWith("evaluation stopped")) {
      return "ran out of time";
    }
    if (e.startsWith("one case of a definition by cases")) {
      return "define a function by cases in prose, which the reader does not read";
    }
    if (e.contains(", which the checker does not read as the same ")) {
      return "use a name defined through a function the text defines only later";
    }
    if (e.contains(" in a way the checker does not read, so it is not taken as a free ")) {
      return "use a name whose definition cannot be read";
    }
    if (e.contains(" is given a definition on line ")) {
      return "use a function or name given a definition that cannot be read";
    }
    if (e.startsWith("read as a new definition of")) {
      return "restate a defined name differently (a new definition, or a wrong step)";
    }
    if (e.contains("values the text does not state")) {
      return "hold only for values the text does not state there";
    }
    if (e.contains("not defined in the text") || e.contains("is not defined in the text")
        || e.contains("occurs nowhere in the definitions") || e.contains("is not written in")) {
      return "use names or derivatives the text does not define";
    }
    if (e.startsWith("restates line")) {
      return "restate an earlier claim that is not proved";
    }
    if (e.startsWith(PremiseSteps.DOES_NOT_FOLLOW) || e.startsWith("not decided from the "
        + "earlier claims") || e.startsWith("the earlier claims")) {
      return "need more than the earlier claims taken as premises (a relation of the text the "
          + "checker does not solve for, or premises that do not fix the quantities)";
    }
    if (e.contains("definitions by cases")) {
      return "define by cases";
    }
    if (e.contains("second evaluator")) {
      return "failed in one evaluation only (not confirmed)";
    }
    if (e.contains("≈ between formulas")) {
      return "use ≈ between formulas";
    }
    if (e.contains(DependencyCuts.AS_A_NUMBER) || e.contains(DependencyCuts.NOT_WRITTEN_OUT)) {
      return "differentiate through a name the text gives as a number, or through a member of "
          + "a family the checker does not write out";
    }
    if (e.contains("does not say how close is meant") || e.contains("does not say how small")) {
      return "use ≈ with a round number (1, 0, 10⁻⁶), which does not say how close is meant";
    }
    if (e.contains("is fixed by the recurrence")) {
      return "use a member of a recurrence the checker does not unroll";
    }
    if (e.startsWith(PremiseRefutations.CONTRADICTS)) {
      return "contradict an earlier claim of the same quantity that is not proved (one of "
          + "the two is wrong)";
    }
    if (e.contains(PointOrIdentity.REASON)) {
      return "hold only at a point the text named before (which is meant, that point or "
          + "every value, is ambiguous)";
    }
    if (e.contains("no numeric value")) {
      return "have sides with no numeric value";
    }
    if (e.startsWith(QuotedAsWrong.REASON)) {
      return "are quoted as wrong by the text (mistakes it warns about), not its claims";
    }
    return "could not be decided (" + oneLine(e.lines().findFirst().orElse(e)
        .replaceAll(":.*", "")) + ")";
  }

  /**
   * A reason cut to one readable line: at most {@value #REASON_WIDTH} characters, cut at a
   * word and ended with "…" (a long reason made the summary's line run over several, user28).
   */
  static String oneLine(String reason) {
    String r = reason.strip().replaceAll("\\s+", " ");
    if (r.length() <= REASON_WIDTH) {
      return r;
    }
    int cut = r.lastIndexOf(' ', REASON_WIDTH - 1);
    return r.substring(0, cut > REASON_WIDTH / 2 ? cut : REASON_WIDTH - 1).replaceAll("[\\s,;(]+$",
        "") + " …";
  }

  /**
   * "not checked: N steps … (lines 3, 7)" lines, most frequent first, then one "unknown: …"
   * line for the steps that held where sampled but were not proved.
   */
  private static final int REASON_WIDTH = 80;

  static List<String> lines(List<StepResult> steps) {
    Map<String, List<Integer>> where = new LinkedHashMap<>();
    for (StepResult s : steps) {
      boolean timedOut = s.verdict() instanceof StepVerdict.Unknown u && (u.undecided()
          || u.reason().startsWith("time"));
      if (s.verdict() instanceof StepVerdict.NotChecked || timedOut) {
        // a step out of time is counted as unknown, so its line says unknown too
        where.computeIfAbsent((timedOut ? "unknown|" : "not checked|")
            + kind(s.verdict().evidence()), k -> new ArrayList<>()).add(s.line());
      }
    }
    List<String> out = new ArrayList<>(where.entrySet().stream()
        .sorted((a, b) -> b.getValue().size() - a.getValue().size())
        .map(en -> {
          String[] key = en.getKey().split("\\|", 2);
          int n = en.getValue().size();
          return String.format(Locale.ROOT, "%s: %d step%s %s %s%s", key[0], n,
              n == 1 ? "" : "s", n == 1 ? singular(key[1]) : key[1], lineList(en.getValue()),
              key[1].equals("ran out of time") ? "; --step-time gives each step more" : "");
        })
        .toList());
    // an unknown step held where it was sampled but has no proof: also one to check by hand
    List<Integer> unproved = steps.stream().filter(s -> s.verdict() instanceof
        StepVerdict.Unknown u && !u.undecided() && !u.reason().startsWith("time")
        && !u.reason().startsWith(ChainRuleSteps.REASON)).map(StepResult::line).toList();
    List<Integer> chains = steps.stream().filter(s -> s.verdict() instanceof
        StepVerdict.Unknown u && u.reason().startsWith(ChainRuleSteps.REASON))
        .map(StepResult::line).toList();
    if (!chains.isEmpty()) {
      out.add(String.format(Locale.ROOT, "unknown: %d step%s the chain rule through a quantity "
          + "the text does not define, which holds only if it depends on the variable through "
          + "that quantity alone %s", chains.size(), chains.size() == 1 ? " is" : "s are",
          lineList(chains)));
    }
    if (!unproved.isEmpty()) {
      out.add(String.format(Locale.ROOT, "unknown: %d step%s held where %s sampled but %s not "
          + "proved %s", unproved.size(), unproved.size() == 1 ? "" : "s",
          unproved.size() == 1 ? "it was" : "they were", unproved.size() == 1 ? "is" : "are",
          lineList(unproved)));
    }
    return out;
  }

  /** "(line 3)", "(lines 3, 7)", at most ten lines and then "…". */
  static String lineList(List<Integer> lines) {
    List<String> distinct = lines.stream().distinct().map(String::valueOf).toList();
    String shown = String.join(", ", distinct.subList(0, Math.min(10, distinct.size())))
        + (distinct.size() > 10 ? ", …" : "");
    return "(line" + (distinct.size() == 1 ? " " : "s ") + shown + ")";
  }

  /** "use …" → "uses …", "are in" → "is in", for one step. */
  static String singular(String kind) {
    String[] w = kind.split(" ", 2);
    String verb = switch (w[0]) {
      case "are" -> "is";
      case "have" -> "has";
      case "cannot", "could", "ran", "failed" -> w[0];
      default -> w[0] + "s";
    };
    return verb + (w.length > 1 ? " " + w[1] : "");
  }
}
