package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Statements the text assumes rather than claims, beyond the inequalities of {@link
 * Hypotheses}: a distribution {@code W \sim U[-a, a]}, {@code x \sim \mathcal{N}(0, 1)} (listed
 * as an assumption, never checked or refuted), and the variables a sentence quantifies ("for
 * every $x$", "for all $x, y$"), whose values a claim then speaks of: a bound in them may be
 * refuted at any value, as under a stated range.
 */
final class Assumptions {
  private static final Pattern QUANTIFIER = Pattern.compile(
      "(?:for|and)\\s+(?:every|all|any)(?:\\s+real)?\\s*$");
  /** Letters that usually index (for every $j$ ranges over integers): never quantified here. */
  private static final Pattern INDEX = Pattern.compile("[i-nI-N](?:_.*)?");
  /**
   * One name: a letter or a Greek letter's command ("for every $\\theta$": θ was not quantified,
   * so REINFORCE's baseline identity in θ was "holds only for values the text does not state"),
   * with an optional subscript.
   */
  private static final String NAME = "(?:[A-Za-z]|\\\\(?:" + String.join("|",
      new java.util.TreeSet<>(LatexNames.GREEK).descendingSet()) + ")(?![A-Za-z]))"
      + "(?:_\\{?[A-Za-z0-9]+\\}?)?";
  private static final Pattern NAMES = Pattern.compile(
      "\\s*" + NAME + "(?:\\s*,\\s*" + NAME + ")*\\s*");

  /**
   * A distribution after {@code \sim}: a named law applied to brackets, {@code U[-a, a]},
   * {@code \mathcal{N}(0, 1)}, {@code \text{Bernoulli}(p)}; {@code L \sim 0.25^2} ("of the
   * order of") is not one.
   */
  private static final Pattern DISTRIBUTION = Pattern.compile("\\s*(?:\\\\(?:mathcal|mathrm|"
      + "operatorname|text|mathbb)\\{[A-Za-z]+\\}|[A-Z][A-Za-z]*)\\s*(?:\\\\left)?\\s*[\\[(]");

  private Assumptions() {}

  /** Whether the statement says how a quantity is distributed ({@code \sim} at the top level). */
  static boolean isDistribution(String statement) {
    int depth = 0;
    for (int i = 0; i < statement.length(); i++) {
      char c = statement.charAt(i);
      depth += c == '{' || c == '(' || c == '[' ? 1 : c == '}' || c == ')' || c == ']' ? -1 : 0;
      if (depth == 0 && (statement.startsWith("\\sim", i) && !(i + 4 < statement.length()
          && Character.isLetter(statement.charAt(i + 4))) || c == '∼')) {
        return i > 0 && DISTRIBUTION.matcher(statement.substring(i + (c == '∼' ? 1 : 4)))
            .lookingAt();
      }
    }
    return false;
  }

  /**
   * The names a sentence quantifies over: {@code x} of "for every $x$" (also "for all", "for
   * any", "for all real", "and every"); empty where the math is not a plain list of names or
   * names a letter i … n, which usually indexes ("for all $j$": integers, not sampled reals).
   */
  static List<String> quantified(String prose, String math) {
    String p = prose.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    List<String> out = new ArrayList<>();
    if (!QUANTIFIER.matcher(p).find() || !NAMES.matcher(math).matches()) {
      return out;
    }
    for (String n : math.split(",")) {
      if (INDEX.matcher(n.strip()).matches()) {
        return List.of();
      }
      out.add(n.strip());
    }
    return out;
  }
}
