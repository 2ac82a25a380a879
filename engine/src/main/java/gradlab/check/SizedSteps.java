package gradlab.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A step of a document with Σ/Π of symbolic bounds, checked written out for sizes 1…5
 * ({@link SymbolicSums}), each instance by the document's own step verdict; at the text's own
 * size (Let n = 3) that one instance is the step.
 */
final class SizedSteps {
  private SizedSteps() {}

  /**
   * The verdict, or null where its sums are not of a form {@link SymbolicSums} reads, or
   * where the text defines the size as a quantity.
   */
  static StepVerdict verdict(DocumentRun run, int line, String rawL, Relation rel,
      String rawR) {
    Set<String> letters = new LinkedHashSet<>(SymbolicSums.sizeLetters(rawL));
    letters.addAll(SymbolicSums.sizeLetters(rawR));
    Integer fixed = null;
    for (String letter : letters) {
      String name = LatexReader.read(letter, run.reading()).engineSyntax();
      if (run.ctx.defines(name)) {
        return null;
      }
      if (run.ctx.point().containsKey(name)) {
        String value = String.valueOf(run.ctx.point().get(name)).strip();
        if (!value.matches("\\d+") || fixed != null) {
          return null;
        }
        fixed = Integer.valueOf(value);
      }
    }
    List<SymbolicSums.Instance> instances = SymbolicSums.instances(rawL, rawR, fixed,
        new LinkedHashSet<>());
    if (instances.isEmpty()) {
      return null;
    }
    List<StepVerdict> verdicts = new ArrayList<>();
    LatexReading sized = SymbolicSums.withFamilies(run.reading(), rawL, rawR);
    DocumentRun.Terms whole = run.terms(List.of(instances.get(0).lhs(), instances.get(0).rhs()),
        sized, false, line);
    boolean families = !whole.engine().contains(null) && run.families.differentiatesLoss(
        String.join(" ", whole.engine()));
    if (families) { // an algorithm's assignments written out for m = 2, 3 (with m = 1, a
      // batch of one, every deviation x_i − μ_B is 0 and most steps hold trivially)
      instances = instances.stream().filter(i -> i.size() >= 2 && i.size() <= 3).toList();
    }
    CheckContext saved = run.ctx;
    for (SymbolicSums.Instance i : instances) {
      List<String> sides = List.of(i.lhs(), i.rhs());
      DocumentRun.Terms t = run.terms(sides, sized, false, line);
      if (families) {
        CheckContext at = t.engine().contains(null) ? null : run.families.at(run, saved,
            i.size(), letters, sized, String.join(" ", t.engine()));
        if (at == null) {
          verdicts.add(new StepVerdict.NotChecked("the assignments cannot be written out for "
              + String.join(" = ", letters) + " = " + i.size()));
          continue;
        }
        run.ctx = at;
      }
      try {
        verdicts.add(instanceVerdict(run, t, sides, sized, rel, line));
      } finally {
        run.ctx = saved;
      }
    }
    if (fixed != null) { // the text's own size: that instance is the step
      return SymbolicSums.atStatedSize(verdicts.get(0), String.join(" = ", letters), fixed);
    }
    return SymbolicSums.combine(instances, verdicts, String.join(" = ", letters));
  }

  private static StepVerdict instanceVerdict(DocumentRun run, DocumentRun.Terms t,
      List<String> sides, LatexReading sized, Relation rel, int line) {
    if (t.engine().contains(null)) {
      return new StepVerdict.NotChecked("cannot read: " + t.failures().stream()
          .filter(Objects::nonNull).findFirst().orElse(""));
    }
    DocumentRun.Terms alt = t.ambiguities().isEmpty() ? null
        : run.terms(sides, sized.alternative(), false, line);
    String[] altPair = alt == null || alt.engine().contains(null) ? null
        : new String[] {alt.engine().get(0), alt.engine().get(1)};
    return run.steps.verdict(t.engine().get(0), rel, t.engine().get(1), altPair,
        String.join("; ", t.ambiguities()));
  }
}
