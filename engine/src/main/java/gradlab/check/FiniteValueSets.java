package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the text gives a finite set of numbers in math ({@code y \in \{-1, 1\}}, a label of an
 * SVM or a sign; {@code k \in \{1, 2, 3\}}). Such a name is constrained as a one-hot label is
 * ({@link StatedConstraints}): a step that fails at a sampled value the set excludes is "not
 * checked", never refuted. Before, "Let $y \in \{-1, 1\}$. Then $$y^3 = y$$" was refuted at
 * y = 0.50. The sets {0, 1} stay {@link BinaryValues}', which are also decided at their values.
 * Stateless.
 */
final class FiniteValueSets {
  private static final String NUMBER = "\\s*[-−+]?\\s*\\d+(?:\\.\\d+)?\\s*";
  private static final Pattern MEMBER = Pattern.compile("\\s*((?:[A-Za-z](?:_\\{?[A-Za-z0-9]+\\}?)?"
      + "|\\\\[A-Za-z]+)(?:\\^\\{?\\(?[a-z]\\)?\\}?)?)\\s*(?:\\\\in(?![A-Za-z])|∈)\\s*\\\\\\{("
      + NUMBER + "(?:," + NUMBER + ")*)\\\\\\}\\s*[.,;]?\\s*");

  private FiniteValueSets() {}

  /** Whether {@code statement} says a name takes only the numbers of a set; if so, records it. */
  static boolean constrainInPlace(DocumentRun run, String statement) {
    Matcher m = MEMBER.matcher(statement);
    if (!m.matches()) {
      return false;
    }
    String name = run.read(m.group(1));
    if (name == null || !EngineNames.is(name.strip())) {
      return false;
    }
    String set = m.group(2).replace('−', '-').replaceAll("\\s+", "").replace(",", ", ");
    run.constraints.constrainInPlace(name.strip(), "one of {" + set + "}");
    return true;
  }

  /** Whether {@code words} are a set this class recorded and {@code value} is in it. */
  static boolean allows(String words, double value) {
    for (String member : members(words)) {
      if (Double.parseDouble(member) == value) {
        return true;
      }
    }
    return false;
  }

  /**
   * A refutation at a point that gives a name of a finite set another value, decided again at
   * each value of the set (one such name): refuted at the first allowed value where it fails;
   * otherwise {@code v}, which {@link StatedConstraints#guard} then leaves "not checked".
   * Friedman's pseudo-response with y ∈ {−1, 1}, wrong by a sign, is refuted at y = 1.
   */
  static StepVerdict atAllowedValues(DocumentRun run, String lhs, Relation rel, String rhs,
      StepVerdict v) {
    if (!(v instanceof StepVerdict.Refuted r)) {
      return v;
    }
    java.util.List<String> names = r.point().keySet().stream().filter(n -> !run.ctx.defines(n)
        && !members(run.constraints.words(n)).isEmpty()).toList();
    if (names.size() != 1) {
      return v;
    }
    String words = run.constraints.words(names.get(0));
    CheckContext saved = run.ctx;
    try {
      for (String member : members(words)) {
        run.ctx = saved.withPoint(names.get(0), run.engine.eval("(" + member + ")"));
        StepVerdict w = run.steps.verdict(lhs, rel, rhs, null, "");
        if (w instanceof StepVerdict.Refuted) {
          return w;
        }
      }
    } finally {
      run.ctx = saved;
    }
    return v;
  }

  /** The numbers of a set this class recorded ("one of {−1, 1}"); empty for other words. */
  private static java.util.List<String> members(String words) {
    if (words == null || !words.startsWith("one of {") || !words.endsWith("}")) {
      return java.util.List.of();
    }
    return java.util.Arrays.stream(words.substring(8, words.length() - 1).split(","))
        .map(String::strip).toList();
  }
}
