package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The roots of a solved equation given as alternatives, a student's plain "f'(x) = 0 => x = 0
 * or x = 3": the premise is the equation solved (a condition, as before one root), and each
 * alternative is checked as a solution of it ({@link SolvingSteps#conclusionInPlace}). The
 * premise had been refuted "at x = 3", the value of the wrong root, and named as the first wrong
 * step; the wrong root itself was "not checked". Alternatives of one name only.
 */
final class SolvedRootAlternatives {
  private static final Pattern ALTERNATIVE = Pattern.compile(
      "\\s*([A-Za-z]\\w*)\\s*=\\s*([^=<>]+?)\\s*");

  private SolvedRootAlternatives() {}

  /** {@code "x = 0 or x = 3"} as {@code ["x = 0", "x = 3"]}; empty where it is not such. */
  static List<String> of(String statement) {
    List<String> parts = OrWords.split(statement.strip()); // "x = 0 or else x = 3" too
    List<String> out = new ArrayList<>();
    String name = null;
    for (String p : parts) {
      Matcher m = ALTERNATIVE.matcher(p);
      if (!m.matches() || (name != null && !name.equals(m.group(1)))) {
        return List.of();
      }
      name = m.group(1);
      out.add(m.group(1) + " = " + m.group(2).strip());
    }
    return out.size() >= 2 ? out : List.of();
  }

  /**
   * Checks each alternative of {@code statement} as a solution of {@code premise} and returns
   * true, or returns false where {@code statement} holds no alternatives. An alternative that
   * cannot be checked so is "not checked", with why.
   */
  static boolean conclusionsInPlace(DocumentRun run, int line, String premise,
      String statement) {
    List<String> alternatives = of(statement);
    if (alternatives.isEmpty()) {
      return false;
    }
    for (String a : alternatives) {
      if (!SolvingSteps.conclusionInPlace(run, line, premise, a)) {
        run.notChecked(line, a, "one of the alternatives joined by 'or': not read as a "
            + "solution of the equation before ⟹");
      }
    }
    return true;
  }
}
