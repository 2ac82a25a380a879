package gradlab.check;

import gradlab.symbolic.Definition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One size of a step about families with free indices ({@link IndexedFamilies}): the step's
 * free member indices (∂L_i/∂f_j: i and j) take each pattern of equal and distinct values
 * (i = j = 1; i = 1, j = 2), which stand for every choice because the written-out members are
 * alike under a renaming of the indices; a recurrence's index is the size itself. The size
 * holds when every pattern holds and fails when one fails (a counterexample is a member that
 * fails). A one-hot label the text states is the first unit vector there.
 */
final class IndexedSteps {
  private IndexedSteps() {}

  /**
   * The verdict at size {@code k} of {@code l rel r} (LaTeX whose sums are written out), each
   * pattern decided by {@code decide}; null where size k is no instance (a recurrence's member
   * before its start).
   */
  static StepVerdict atSize(DocumentRun run, String l, String r, int k,
      Function<List<String>, StepVerdict> decide) {
    IndexedFamilies fam = run.indexed;
    Set<String> letters = new LinkedHashSet<>(fam.memberLetters());
    Set<String> free = new LinkedHashSet<>(IndexLetters.subscriptLetters(l + " " + r));
    free.retainAll(letters);
    free.removeAll(IndexedFacts.indices(l, r));
    free.removeAll(fam.recurrenceLetters());
    Set<String> linked = LinkedMembers.letters(run, l, r); // z_j of p_i = e^{z_i}/Σ_k e^{z_k}
    linked.removeAll(fam.recurrenceLetters());
    free.addAll(linked);
    letters.addAll(linked);
    Map<String, Integer> base = new LinkedHashMap<>();
    fam.recurrenceLetters().forEach(t -> base.put(t, k));
    letters.addAll(base.keySet());
    CheckContext saved = run.ctx;
    StepVerdict held = null;
    StepVerdict other = null;
    IndexCases.Case stated = run.indexCases.current(); // "for $j \neq i$"
    List<Map<String, Integer>> all = patterns(List.copyOf(free), k).stream()
        .filter(p -> stated == null || stated.allows(p)).toList();
    if (all.isEmpty()) {
      return null; // i ≠ j at one member: no instance
    }
    boolean unsure = stated == null && free.size() >= 2 && run.indexCases.hinted();
    // two letters i, j with no case stated: distinct letters may mean distinct members (the
    // softmax Jacobian's −p_i p_j, written without "for j ≠ i"); a failure only where they
    // coincide is not a refutation
    boolean distinctLetters = stated == null && free.size() >= 2;
    StepVerdict.Refuted failed = null;
    StepVerdict.Refuted coinciding = null;
    try {
      for (Map<String, Integer> pattern : all) {
        Map<String, Integer> values = new LinkedHashMap<>(base);
        values.putAll(pattern);
        // ⊙ stays: the reader reads it element-wise and refuses what is not (ElementWise)
        List<String> sides = List.of(IndexLetters.set(KroneckerDeltas.asIndicators(run, l,
            free), values, letters), IndexLetters.set(KroneckerDeltas.asIndicators(run, r, free),
            values, letters)); // δ_{ij}: 𝟙(i = j)
        ChainTerms t = ChainTerms.read(run, sides, run.reading(), false, 0);
        if (t.engine().contains(null)) {
          other = other != null ? other : new StepVerdict.NotChecked("cannot read: "
              + t.failures().stream().filter(java.util.Objects::nonNull).findFirst()
              .orElse(""));
          continue;
        }
        Set<String> names = new LinkedHashSet<>();
        for (String e : t.engine()) {
          names.addAll(List.of(e.split("[^A-Za-z0-9]+")));
        }
        CheckContext general = oneHot(run, saved, k, names);
        CheckContext labels = binary(run, general, names);
        CheckContext at = fam.at(run, labels, k, names);
        if (at == null) {
          return null;
        }
        // "$g_t = g$" (a constant gradient) holds for every member the unrolling writes out;
        // left out, g₁ was sampled freely and Adam's true m_t = (1 − β₁ᵗ)g was ✗
        at = IndexedFacts.instantiate(at, fam.recurrenceLetters(), k, run.engine);
        run.ctx = at;
        StepVerdict v = decide.apply(sides);
        run.ctx = saved;
        if (labels != general && v instanceof StepVerdict.Proved) { // at labels 1 only
          v = new StepVerdict.Unknown(1, 0, "holds with the labels that are 0 or 1 taken as 1");
        }
        if (labels != general && v instanceof StepVerdict.Refuted f) {
          v = new StepVerdict.Refuted(f.point(), f.lhs(), f.rhs(), "the labels the text says "
              + "are 0 or 1 taken as 1" + (f.detail().isEmpty() ? "" : "; " + f.detail()));
        }
        boolean same = distinctLetters && pattern.values().stream().distinct().count()
            < pattern.size();
        if (IndexPatterns.fails(v) && same) {
          coinciding = coinciding != null ? coinciding : atPattern(pattern,
              (StepVerdict.Refuted) v);
          continue;
        }
        if (IndexPatterns.fails(v) && !unsure) {
          return atPattern(pattern, (StepVerdict.Refuted) v);
        }
        if (IndexPatterns.fails(v)) {
          failed = failed != null ? failed : atPattern(pattern, (StepVerdict.Refuted) v);
        } else if (v instanceof StepVerdict.Proved || v instanceof StepVerdict.Unknown u
            && u.samples() > 0) {
          held = held == null || held instanceof StepVerdict.Proved ? v : held;
        } else {
          other = other != null ? other : v;
        }
      }
    } finally {
      run.ctx = saved;
    }
    if (coinciding != null && failed == null) {
      if (held == null && other == null) {
        return null; // one member (i = j = 1): no instance where the letters differ
      }
      return other != null ? other : new StepVerdict.NotChecked("holds where "
          + String.join(", ", free) + " differ and fails where they coincide ("
          + coinciding.point().entrySet().stream().filter(e -> free.contains(e.getKey()))
          .map(e -> e.getKey() + " = " + Math.round(e.getValue())).toList() + "); the text "
          + "does not say whether they may be equal");
    }
    if (failed != null) { // "the diagonal entries", "otherwise": a case not read may exclude it
      return held == null && other == null ? failed : new StepVerdict.NotChecked("fails at "
          + failed.point().entrySet().stream().filter(e -> free.contains(e.getKey()))
          .map(e -> e.getKey() + " = " + Math.round(e.getValue())).toList()
          + " and holds at other indices; the step may be meant for one case of its indices, "
          + "which the text does not state where it is read");
    }
    return other != null ? other : held;
  }

  /** The name of the sizes of a step without Σ: a recurrence's index (t), else #members. */
  static String label(DocumentRun run, String... sides) {
    Set<String> used = IndexLetters.subscriptLetters(String.join(" ", sides));
    return run.indexed.recurrenceLetters().stream().filter(used::contains).findFirst()
        .orElse("#members");
  }

  /** A verdict on a step without Σ, worded as members written out (not as a Σ). */
  static StepVerdict members(StepVerdict v, String label) {
    String from = "Σ with symbolic bounds written out for " + label;
    String to = "written out for " + label;
    return switch (v) {
      case StepVerdict.Refuted f -> new StepVerdict.Refuted(f.point(), f.lhs(), f.rhs(),
          f.detail().replace(from, to));
      case StepVerdict.Unknown u -> new StepVerdict.Unknown(u.samples(), u.tolerance(),
          u.reason().replace(from, to));
      case StepVerdict.NotChecked n -> new StepVerdict.NotChecked(n.reason().replace(from, to)
          .replace("Σ with symbolic bounds: fails when written out", "fails when written out"));
      case StepVerdict.Proved p -> p;
    };
  }


  /**
   * Each way of giving {@code letters} values 1 … k up to a renaming: i = j and i ≠ j for two
   * letters (restricted growth strings), at most k distinct values.
   */
  static List<Map<String, Integer>> patterns(List<String> letters, int k) {
    List<Map<String, Integer>> out = new ArrayList<>();
    grow(letters, 0, new int[letters.size()], 0, k, out);
    return out;
  }

  private static void grow(List<String> letters, int at, int[] v, int most, int k,
      List<Map<String, Integer>> out) {
    if (at == letters.size()) {
      Map<String, Integer> m = new LinkedHashMap<>();
      for (int i = 0; i < v.length; i++) {
        m.put(letters.get(i), v[i]);
      }
      out.add(m);
      return;
    }
    for (int x = 1; x <= Math.min(most + 1, k); x++) {
      v[at] = x;
      grow(letters, at + 1, v, Math.max(most, x), k, out);
    }
  }

  /**
   * {@code ctx} with the members of each label the text says is 0 or 1 (y_{ij}: y₁₁, y₁₂ …)
   * that the step uses set to 1, a value the text allows.
   */
  static CheckContext binary(DocumentRun run, CheckContext ctx, Set<String> names) {
    CheckContext out = ctx;
    for (String y : run.constraints.binary()) {
      String base = y.replaceAll("[ijklt]+$", "");
      for (String n : names) {
        if (!base.isEmpty() && n.matches(java.util.regex.Pattern.quote(base) + "\\d+")
            && !out.defines(n) && !out.point().containsKey(n)) {
          out = out.withDefinition(new Definition(n, run.engine.eval("1")));
        }
      }
    }
    return out;
  }

  /** {@code ctx} with each one-hot label the step uses set to the first unit vector. */
  static CheckContext oneHot(DocumentRun run, CheckContext ctx, int k, Set<String> names) {
    CheckContext out = ctx;
    for (String y : run.constraints.oneHot()) {
      if (names.stream().noneMatch(n -> n.matches(java.util.regex.Pattern.quote(y) + "\\d+"))) {
        continue;
      }
      for (int c = 1; c <= k; c++) {
        if (!out.defines(y + c) && !out.point().containsKey(y + c)) {
          out = out.withDefinition(new Definition(y + c, run.engine.eval(c == 1 ? "1" : "0")));
        }
      }
    }
    return out;
  }

  /** A refutation with the pattern of index values it was found at named in its point. */
  static StepVerdict.Refuted atPattern(Map<String, Integer> pattern, StepVerdict.Refuted f) {
    Map<String, Double> point = new LinkedHashMap<>();
    pattern.forEach((n, x) -> point.put(n, (double) x));
    point.putAll(f.point());
    return new StepVerdict.Refuted(point, f.lhs(), f.rhs(), f.detail());
  }
}
