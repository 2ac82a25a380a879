package gradlab.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A step with free indices written out for one pattern of their values on a small layered
 * network ({@link LayeredSteps}, {@link LayeredFamilySteps}): each index letter set, each Σ
 * over a layer written out for {@value LayeredSteps#NEURONS} neurons, and the step checked in
 * the network's context.
 *
 * @param free the step's free subscript letters, which take each pattern of values
 * @param all those and the indices of its Σ and Π
 */
record IndexPatterns(List<String> free, Set<String> all) {
  /** The letters of {@code rawL = rawR}. */
  static IndexPatterns of(String rawL, String rawR) {
    Set<String> indices = IndexedFacts.indices(rawL, rawR);
    List<String> free = new ArrayList<>(IndexLetters.subscriptLetters(rawL + " " + rawR));
    free.removeAll(indices);
    Set<String> all = new LinkedHashSet<>(free);
    all.addAll(indices);
    return new IndexPatterns(List.copyOf(free), java.util.Collections.unmodifiableSet(all));
  }

  /** Each pattern of equal and distinct values of the free letters. */
  List<Map<String, Integer>> patterns() {
    return IndexedSteps.patterns(new ArrayList<>(free), LayeredSteps.NEURONS);
  }

  /** The step's verdict at {@code pattern} in {@code at}, or null where it cannot be read. */
  StepVerdict verdict(DocumentRun run, String rawL, Relation rel, String rawR,
      Map<String, Integer> pattern, CheckContext at) {
    List<String> sides = new ArrayList<>();
    for (String s : List.of(rawL, rawR)) {
      String w = IndexLetters.set(s, pattern, all);
      w = w.matches("(?s).*\\\\(sum|prod)(?![A-Za-z]).*")
          ? SymbolicSums.instance(w, LayeredSteps.NEURONS, List.of(), new LinkedHashSet<>()) : w;
      if (w == null) {
        return null;
      }
      sides.add(w);
    }
    ChainTerms t = ChainTerms.read(run, sides, run.reading(), false, 0);
    if (t.engine().contains(null)) {
      return null;
    }
    CheckContext saved = run.ctx;
    run.ctx = at;
    try {
      return run.steps.verdict(t.engine().get(0), rel, t.engine().get(1), null, "");
    } finally {
      run.ctx = saved;
    }
  }

  /** The samples a verdict that holds counts (a proof one), or -1 where it is not decided. */
  static int samples(StepVerdict v) {
    if (v instanceof StepVerdict.Proved) {
      return 1;
    }
    return v instanceof StepVerdict.Unknown u && !u.undecided() ? u.samples() : -1;
  }

  /** Whether {@code v} is a refutation at finite values of both sides. */
  static boolean fails(StepVerdict v) {
    return v instanceof StepVerdict.Refuted f && Double.isFinite(f.lhs())
        && Double.isFinite(f.rhs());
  }
}
