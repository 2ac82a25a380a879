package gradlab.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A free index of a step that names a member of a family a Σ of the same step runs over:
 * in {@code \frac{\partial}{\partial z_j} \sum_{k=1}^{K} e^{z_k} = e^{z_j}} the name z_j is one
 * of z₁ … z_K (1 ≤ j ≤ K), not a name beside them. Written out for a size, the step is
 * decided with j set to each pattern of members ({@link IndexedSteps#patterns}: j = 1; for two
 * letters i = j and i ≠ j), which stand for every choice because the terms of a Σ are alike
 * under a renaming. Read as a separate name, z_j made the derivative 0 and that true step
 * (log-sum-exp's gradient, a lecturer's key) was ✗ "for every size".
 */
final class SumMemberIndices {
  /** A name with a subscript: z_j, w_{ij}, \mathbf{w}_{k}, \theta_j. */
  private static final Pattern NAMED = Pattern.compile(
      "((?:\\\\[A-Za-z]+\\s*\\{\\s*[A-Za-z]\\s*\\})|\\\\[A-Za-z]+|[A-Za-z])\\s*_\\s*"
      + "(?:\\{([^{}]*)\\}|([A-Za-z0-9]))");

  private SumMemberIndices() {}

  /**
   * The free index letters of {@code rawL = rawR} that stand for members of a family a Σ/Π of
   * the step runs over (letters that are no Σ's index, no size in {@code sizes}, and not a
   * value or definition of the text); empty when there are none.
   */
  static Set<String> letters(DocumentRun run, String rawL, String rawR, Set<String> sizes) {
    String both = rawL + " " + rawR;
    Set<String> indices = IndexedFacts.indices(rawL, rawR);
    if (indices.isEmpty()) {
      return Set.of();
    }
    Map<String, List<String>> subscripts = new LinkedHashMap<>();
    Matcher m = NAMED.matcher(both);
    while (m.find()) {
      String base = m.group(1).replaceAll("\\s+", "");
      if (base.matches("\\\\(sum|prod|limits|int|lim|max|min|log|ln|exp)")) {
        continue;
      }
      String sub = (m.group(2) != null ? m.group(2) : m.group(3)).replaceAll("[\\s,]", "");
      if (sub.matches("[a-z]{1,3}")) {
        subscripts.computeIfAbsent(base, b -> new ArrayList<>()).add(sub);
      }
    }
    Set<String> out = new LinkedHashSet<>();
    for (List<String> subs : subscripts.values()) {
      for (String summed : subs) {
        if (!summed.chars().allMatch(c -> indices.contains(String.valueOf((char) c)))) {
          continue; // not a term of a Σ: z_k with k a Σ's index
        }
        for (String sub : subs) {
          if (sub.length() != summed.length()) {
            continue;
          }
          for (char c : sub.toCharArray()) {
            String letter = String.valueOf(c);
            if (!indices.contains(letter) && !sizes.contains(letter)) {
              out.add(letter);
            }
          }
        }
      }
    }
    out.removeIf(letter -> {
      String name = LatexReader.read(letter, run.reading()).engineSyntax();
      return run.ctx.defines(name) || run.ctx.point().containsKey(name);
    });
    return out;
  }

  /**
   * The verdict on one written-out size {@code k} of {@code l = r} with {@code letters} set to
   * each pattern of members 1 … k, each decided by {@code decide}: refuted where one pattern
   * fails (the point names the index), else the weakest of the others.
   */
  static StepVerdict atSize(String l, String r, int k, Set<String> letters,
      Function<List<String>, StepVerdict> decide) {
    StepVerdict held = null;
    StepVerdict other = null;
    for (Map<String, Integer> pattern : IndexedSteps.patterns(List.copyOf(letters), k)) {
      StepVerdict v = decide.apply(List.of(IndexLetters.set(l, pattern),
          IndexLetters.set(r, pattern)));
      if (IndexPatterns.fails(v)) {
        return IndexedSteps.atPattern(pattern, (StepVerdict.Refuted) v);
      }
      if (v instanceof StepVerdict.Proved || v instanceof StepVerdict.Unknown u
          && u.samples() > 0) {
        held = held == null || held instanceof StepVerdict.Proved ? v : held;
      } else {
        other = other != null ? other : v;
      }
    }
    return other != null ? other : held;
  }
}
