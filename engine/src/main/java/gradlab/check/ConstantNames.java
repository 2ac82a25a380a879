package gradlab.check;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which names the text calls constants, so that E[·] and Var(·) take them out as numbers
 * ({@link LatexStatistics}): a lone name in inline math right after "a scalar", "a constant",
 * "decay rate", "learning rate", "step size", "hyperparameter", "dimension" ("a random variable $X$ and a
 * scalar $a$", Adam's "with decay rate $\beta_2$"), or right before "is a constant" ("where $c$
 * is a constant"), anywhere in the text ({@link #textInPlace}); before "are numbers" or "are
 * scalars" every name of a list of lone names ("$y$, $x$ and $w$ are numbers": Srivastava et
 * al.'s one-input dropout, whose E[(y − r x w)²] needed "independence of r, w, x, y" before).
 * Only what the words say: a
 * name never so called stays a random variable
 * where E or Var is applied to it, so E[β₂ g²] without the words still needs independence.
 * Not thread-safe; one per document.
 */
final class ConstantNames {
  private static final String WORDS = "(?:constants?|scalars?|decay rates?|learning rates?|"
      + "step sizes?|hyperparameters?|fixed numbers?|deterministic (?:numbers?|values?)|"
      + "dimensions?|dimensionality)"; // "keys of dimension $d_k$": a count, not a random one
  private static final Pattern BEFORE = Pattern.compile("(?i)\\b(?<!random )(?<!not a )"
      + WORDS + "\\s*$");
  private static final Pattern AFTER = Pattern.compile("(?i)^\\s*(?:is|are)\\s+(?:a\\s+|an\\s+)?"
      + "(?:real\\s+|positive\\s+|fixed\\s+|small\\s+)?" + WORDS + "\\b");
  private static final Pattern NAME = EngineNames.NAME;
  /** "are numbers" after a list of names: plain numbers, as scalars are (not "random numbers"). */
  private static final Pattern ARE_NUMBERS = Pattern.compile("(?i)^\\s*are\\s+(?:real\\s+)?"
      + "(?:numbers|scalars)\\b");
  /** What may stand between two lone names of one list: a comma, "and", or both. */
  private static final Pattern LIST_GAP = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|and\\s+)");

  private final Set<String> constants = new HashSet<>();
  private boolean called;
  private String last;

  private static final Pattern INLINE = Pattern.compile("\\$([^$]+)\\$");

  /**
   * Every lone name the whole text calls a constant, wherever it says so: CS231n writes
   * "since $\\text{Var}(aX) = a^2\\text{Var}(X)$ for a random variable $X$ and a scalar $a$",
   * the words after the formula. A letter a text calls a scalar is taken for one throughout.
   */
  void textInPlace(String document) {
    // displays blanked first: a $$ … $$ read as two inline $ would pair prose with formulas
    String text = document.replaceAll("(?s)\\$\\$.*?\\$\\$", " ");
    java.util.regex.Matcher m = INLINE.matcher(text);
    int end = 0;
    String previous = null;
    java.util.List<String> list = new java.util.ArrayList<>(); // "$y$, $x$ and $w$"
    while (m.find()) {
      String between = text.substring(end, m.start());
      if (previous != null && AFTER.matcher(between).find()) {
        constants.add(previous);
      }
      if (ARE_NUMBERS.matcher(between).find()) {
        constants.addAll(list);
      }
      String name = lone(m.group(1));
      if (name != null && BEFORE.matcher(between).find()) {
        constants.add(name);
      }
      if (name == null || !list.isEmpty() && !LIST_GAP.matcher(between).matches()) {
        list.clear();
      }
      if (name != null) {
        list.add(name);
      }
      previous = name;
      end = m.end();
    }
    if (previous != null && AFTER.matcher(text.substring(end)).find()) {
      constants.add(previous);
    }
    if (ARE_NUMBERS.matcher(text.substring(end)).find()) {
      constants.addAll(list);
    }
  }

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
    String name = lone(latex);
    if (name != null && called) {
      constants.add(name);
    }
    last = name;
    called = false;
  }

  /** The engine name of a formula that is one name, else null. */
  private static String lone(String latex) {
    try {
      String read = LatexReader.read(latex).engineSyntax().strip();
      return NAME.matcher(read).matches() ? read : null;
    } catch (RuntimeException e) {
      return null; // not a formula the reader takes: nothing to note
    }
  }

  /** The names called constants so far. */
  Set<String> names() {
    return Set.copyOf(constants);
  }
}
