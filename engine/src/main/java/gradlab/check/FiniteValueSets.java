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
    if (!words.startsWith("one of {") || !words.endsWith("}")) {
      return false;
    }
    for (String member : words.substring(8, words.length() - 1).split(",")) {
      if (Double.parseDouble(member.strip()) == value) {
        return true;
      }
    }
    return false;
  }
}
