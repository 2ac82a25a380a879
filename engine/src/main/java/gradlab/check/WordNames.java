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
 *
 * <p>Capitals written together and defined the same way, {@code $$KL = \log\frac{\sigma_2}
 * {\sigma_1} + …$$}, {@code $MSE = \frac1n\sum …$}, are an acronym, one name, when none of
 * their letters is a name alone in any formula of the text: read letter by letter, the KL of a
 * published derivation was the product K·L of free names and ∂KL/∂μ₁ was refuted as 0. Where a
 * letter is used alone ({@code $K = 2$}), the run keeps both readings (see {@link AcronymProducts}).
 */
final class WordNames {
  private static final Pattern DEFINED = Pattern.compile(
      "(?:\\$\\$?|\\\\\\[|\\\\\\()\\s*([a-zA-Z]{3,8})\\s*(?::=|=)(?!=)");
  private static final Pattern ACRONYM = Pattern.compile(
      "(?:\\$\\$?|\\\\\\[|\\\\\\()\\s*([A-Z]{2,4})\\s*(?::=|=)(?!=)");
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
    words.addAll(acronyms(text));
    if (words.isEmpty()) {
      return text;
    }
    Pattern word = Pattern.compile("(?<![A-Za-z\\\\])(?<!\\\\mathrm\\{)(?<!\\\\text\\{)"
        + "(?<!\\\\operatorname\\{)(" + String.join("|", words) + ")(?![A-Za-z_])");
    return MATH.matcher(text).replaceAll(m -> Matcher.quoteReplacement(word.matcher(m.group())
        .replaceAll("\\\\mathrm{$1}")));
  }

  /** Capital runs defined at the start of a formula none of whose letters is a name alone. */
  private static Set<String> acronyms(String text) {
    Set<String> runs = new LinkedHashSet<>();
    Matcher d = ACRONYM.matcher(text);
    while (d.find()) {
      runs.add(d.group(1));
    }
    if (runs.isEmpty()) {
      return runs;
    }
    StringBuilder formulas = new StringBuilder();
    Matcher m = MATH.matcher(text);
    while (m.find()) {
      formulas.append(m.group()).append('\n');
    }
    String math = formulas.toString();
    runs.removeIf(r -> r.chars().anyMatch(c -> Pattern.compile(
        "(?<![A-Za-z\\\\])" + (char) c + "(?![A-Za-z])").matcher(math).find()));
    return runs;
  }
}
