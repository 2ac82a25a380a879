package gradlab.check;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which names the text calls constants, so that E[·] and Var(·) take them out as numbers
 * ({@link LatexStatistics}): a lone name in inline math right after "a scalar", "a constant",
 * "decay rate", "learning rate", "step size", "hyperparameter" ("a random variable $X$ and a
 * scalar $a$", Adam's "with decay rate $\beta_2$"), or right before "is a constant" ("where $c$
 * is a constant"). Only what the words say: a name never so called stays a random variable
 * where E or Var is applied to it, so E[β₂ g²] without the words still needs independence.
 * Not thread-safe; one per document.
 */
final class ConstantNames {
  private static final String WORDS = "(?:constants?|scalars?|decay rates?|learning rates?|"
      + "step sizes?|hyperparameters?|fixed numbers?|deterministic (?:numbers?|values?))";
  private static final Pattern BEFORE = Pattern.compile("(?i)\\b(?<!random )(?<!not a )"
      + WORDS + "\\s*$");
  private static final Pattern AFTER = Pattern.compile("(?i)^\\s*(?:is|are)\\s+(?:a\\s+|an\\s+)?"
      + "(?:real\\s+|positive\\s+|fixed\\s+|small\\s+)?" + WORDS + "\\b");
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

  private final Set<String> constants = new HashSet<>();
  private boolean called;
  private String last;

  /** The prose between two math segments. */
  void prose(String text) {
    if (last != null && AFTER.matcher(text).find()) {
      constants.add(last);
    }
    last = null;
    called = BEFORE.matcher(text).find();
  }

  /** An inline formula: a lone name, a constant where the words around it say so. */
  void inlineMath(String latex) {
    String name = null;
    try {
      String read = LatexReader.read(latex).engineSyntax().strip();
      name = NAME.matcher(read).matches() ? read : null;
    } catch (RuntimeException e) {
      // not a formula the reader takes: nothing to note
    }
    if (name != null && called) {
      constants.add(name);
    }
    last = name;
    called = false;
  }

  /** The names called constants so far. */
  Set<String> names() {
    return Set.copyOf(constants);
  }
}
