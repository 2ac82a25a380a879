package gradlab.check;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word the text defines as a quantity, as Mazur's post does without subscripts:
 * {@code $net = w_1 i_1 + w_2 i_2$}, {@code $out = \frac{1}{1+e^{-net}}$}. Read letter by letter
 * it was n·e·t, and a wrong value put in for net was not found (found by a new user). A word of
 * three or more letters with a vowel, written alone on the left of {@code =} at the start of a
 * formula, is one name, {@code \mathrm{net}}, in every formula of the text (not where a
 * subscript follows it: {@code net_{o1}} is read as it was). Function words are left alone.
 */
final class WordNames {
  private static final Pattern DEFINED = Pattern.compile(
      "(?:\\$\\$?|\\\\\\[|\\\\\\()\\s*([a-zA-Z]{3,8})\\s*(?::=|=)(?!=)");
  private static final Pattern MATH = Pattern.compile("\\$\\$[^$]+\\$\\$|\\$[^$\\n]+\\$");
  private static final Set<String> FUNCTIONS = Set.of("exp", "log", "sin", "cos", "tan", "tanh",
      "sinh", "cosh", "max", "min", "sign", "relu", "sigmoid", "softmax", "softplus", "sqrt",
      "abs", "det", "dim", "var", "cov", "mean", "sum", "prod", "lim", "arg", "argmax", "argmin",
      "frac", "text", "mathrm", "left", "right", "cdot", "quad", "hat", "bar", "and", "for",
      "with", "where", "then", "the");

  private WordNames() {}

  /** {@code text} with each defined word in its formulas as {@code \mathrm{word}}. */
  static String rewrite(String text) {
    Set<String> words = new LinkedHashSet<>();
    Matcher d = DEFINED.matcher(text);
    while (d.find()) {
      String w = d.group(1);
      if (w.matches(".*[aeiouAEIOU].*") && !FUNCTIONS.contains(w.toLowerCase(
          java.util.Locale.ROOT))) {
        words.add(w);
      }
    }
    if (words.isEmpty()) {
      return text;
    }
    Pattern word = Pattern.compile("(?<![A-Za-z\\\\])(?<!\\\\mathrm\\{)(?<!\\\\text\\{)"
        + "(?<!\\\\operatorname\\{)(" + String.join("|", words) + ")(?![A-Za-z_])");
    return MATH.matcher(text).replaceAll(m -> Matcher.quoteReplacement(word.matcher(m.group())
        .replaceAll("\\\\mathrm{$1}")));
  }
}
