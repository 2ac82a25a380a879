package gradlab.check;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Functions named by an upright word the text defines: the focal loss paper's
 * {@code \text{FL}(p_t) = -(1-p_t)^\gamma \log(p_t)} and {@code \text{CE}(p_t) = -\log(p_t)},
 * {@code \mathrm{NLL}(p) = …}, {@code \operatorname{KL}(p) = …}. The reader refused such a
 * word before a bracket ("the operator FL(…)", lest Var(x) be V·a·r·(x)) and dropped it as
 * words elsewhere, so {@code \frac{d\text{FL}}{dx}} was "no formula, only words" and a wrong
 * exponent in it was never found. A word of two or more letters in {@code \text},
 * {@code \mathrm} or {@code \operatorname}, written as the head of a definition (its parameters
 * letters, as {@link FunctionHeads} reads them, then {@code =}), is a function of the text in
 * every formula, in whichever of the three it is written; the catalogue's words ({@code
 * \mathrm{ReLU}}, Var, E, softmax, …) keep their own reading. Words of two or three letters
 * only: the engine's name of the function is the word in lower case. Stateless.
 */
final class UprightFunctionNames {
  /** The head's name as written: one upright word. */
  static final String HEAD = "\\\\(?:text|mathrm|operatorname)\\s*\\{\\s*[A-Za-z]{2,}\\s*\\}";
  private static final Pattern WORD = Pattern.compile(
      "\\\\(?:text|mathrm|operatorname)\\s*\\{\\s*([A-Za-z]{2,})\\s*\\}");
  private static final Pattern DEFINED = Pattern.compile("(" + HEAD
      + "\\s*\\([^()=$|]*\\))\\s*=(?!=)");
  /** Words read otherwise: statistics, sets and matrix operators, refused or read by name. */
  private static final Set<String> READ_OTHERWISE = Set.of("var", "cov", "pr", "corr", "std",
      "softmax", "diag", "det", "tr", "trace", "rank", "sign", "sgn", "argmax", "argmin", "const",
      "sum", "prod", "mean", "avg", "abs", "dim", "lim", "arg", "exp", "log", "ln", "sqrt",
      "constant", "where", "for", "and", "if", "with", "otherwise", "new", "old", "train", "test");

  private UprightFunctionNames() {}

  /** The engine names of the upright words {@code text} defines as functions. */
  static Set<String> functionNames(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = DEFINED.matcher(text);
    while (m.find()) {
      FunctionHeads.Head h = FunctionHeads.parse(m.group(1));
      if (h != null && h.name() != null) {
        out.add(h.name());
      }
    }
    return out;
  }

  /** Whether {@code head} starts with an upright word that may name a function of the text. */
  static boolean isUpright(String head) {
    Matcher m = WORD.matcher(head.strip());
    return m.lookingAt() && !catalogue(m.group(1)) && nameOf(m.group(1)) != null;
  }

  /** The engine name of the upright word that {@code head} starts with. */
  static String engineName(String head) {
    Matcher m = WORD.matcher(head.strip());
    return m.lookingAt() ? nameOf(m.group(1)) : head;
  }

  /**
   * The engine name of the word itself, in lower case (FL → fl, NLL → nll): the engine takes a
   * name of at most three letters as a function symbol; a longer word has none (null), and is
   * not read as a function.
   */
  static String nameOf(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.matches("[a-z]{2,3}") && LatexNames.safe(w).equals(w) ? w : null;
  }

  static boolean catalogue(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return LatexWords.FUNCTIONS.containsKey(w) || READ_OTHERWISE.contains(w) || w.equals("e");
  }
}
