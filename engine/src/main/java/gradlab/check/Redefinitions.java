package gradlab.check;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An inline {@code name = formula} of a name the text defined, that differs from it. After
 * words that announce a new meaning ("now the loss is", "instead", "define", "consider", a
 * second scheme) it is a new definition; in a list of steps ("2. $s = |a - b|$", "A classmate
 * wrote: $Var(y) = x^2(1-p)$") it may be a wrong step. It is read as a new definition either
 * way (the steps after it use it), but without such words the report shows it as not checked
 * with the difference, so that a wrong step is never silently accepted (found by a new user).
 */
final class Redefinitions {
  private static final Pattern ANNOUNCED = Pattern.compile("\\b(now|instead|new|define|defines|"
      + "defined|denote|denotes|consider|let|suppose|redefine|becomes|replace|replaced|call|"
      + "with|for the|if we use|using|take|choose|set)\\b");

  private Redefinitions() {}

  /** Whether the prose before the math announces a new meaning. */
  static boolean announced(String prose) {
    String p = prose.toLowerCase(Locale.ROOT);
    int cut = Math.max(p.lastIndexOf(". "), p.lastIndexOf(".\n"));
    return ANNOUNCED.matcher(cut < 0 ? p : p.substring(cut)).find();
  }

  static StepVerdict unannounced(String name, StepVerdict.Refuted differs) {
    return new StepVerdict.NotChecked("read as a new definition of " + name + ", which differs "
        + "from its earlier one (" + differs.evidence().replaceFirst("^refuted ", "") + "); if it "
        + "is meant as a step, it is wrong there");
  }
}
