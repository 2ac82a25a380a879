package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Conditional probability notation, {@code P(y \mid \boldsymbol{x})}, {@code p(y | x)},
 * {@code P(y=1|x)}: one quantity, a name of its own ({@code P_{y given x}} inside), never a
 * product or a call of P. It is the text's only where the text defines that very name
 * ({@code P(y \mid x) = …}); the text's P(y) is another quantity (a conditional is not the
 * marginal in general: Bayes' rule relates them), so a step from one to the other is "not
 * checked: not defined", never decided by identifying them.
 */
final class ConditionalProbabilities {
  private static final Pattern CONDITIONAL = Pattern.compile(
      "(?<![A-Za-z\\\\])([Pp])\\s*\\(([^()|]*?)(?:\\\\mid|\\\\vert|\\|)([^()|]*)\\)");
  private static final Pattern COMMAND = Pattern.compile(
      "\\\\(?:boldsymbol|mathbf|bm|mathbold|vec)\\s*\\{([^{}]*)\\}|\\\\(?:boldsymbol|mathbf|bm)"
      + "\\s*([A-Za-z])");

  private ConditionalProbabilities() {}

  /** The LaTeX with each conditional probability written as one name. */
  static String asNames(String latex) {
    if (!latex.contains("|") && !latex.contains("\\mid") && !latex.contains("\\vert")) {
      return latex;
    }
    Matcher m = CONDITIONAL.matcher(latex);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String event = part(m.group(2));
      String given = part(m.group(3));
      if (event.isEmpty() || given.isEmpty()) {
        m.appendReplacement(b, Matcher.quoteReplacement(m.group()));
        continue;
      }
      m.appendReplacement(b, Matcher.quoteReplacement(m.group(1) + "_{" + event + "given"
          + given + "}"));
    }
    m.appendTail(b);
    return b.toString();
  }

  /** {@code P(y | x)} for the engine name of a conditional probability, else null. */
  static String readable(String engineName) {
    Matcher m = ENGINE_NAME.matcher(engineName);
    return m.matches() ? (m.group(1).equals("capp") ? "P" : "p") + "(" + shown(m.group(2))
        .replace("eq", " = ") + " | " + shown(m.group(3)) + ")" : null;
  }

  /** A part of the name with its Greek letters shown as letters (theta → θ). */
  private static String shown(String part) {
    return GREEK_PART.matcher(part).replaceAll(g -> LatexNames.readable(g.group()));
  }

  /** The Greek names, longest first (theta before eta). */
  private static final Pattern GREEK_PART = Pattern.compile(String.join("|", LatexNames.GREEK
      .stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList()));

  private static final Pattern GREEK_COMMAND = Pattern.compile("\\\\([A-Za-z]+)");
  private static final Pattern ENGINE_NAME = Pattern.compile(
      "(capp|p)([A-Za-z0-9]+?)given([A-Za-z0-9]+)");

  /** The letters and digits of one side of the bar (= as "eq", − as "m"), or "" if none. */
  private static String part(String s) {
    // d2l's P(X \mid \theta): a Greek letter is part of the name (theta), other commands are not
    String t = COMMAND.matcher(s).replaceAll("$1$2").replace("=", "eq").replace("-", "m");
    return GREEK_COMMAND.matcher(t).replaceAll(g -> LatexNames.GREEK.contains(g.group(1))
        ? g.group(1) : "").replaceAll("[^A-Za-z0-9]", "");
  }
}
