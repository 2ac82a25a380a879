package gradlab.check;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words that name functions or operators, written upright ({@code \mathrm{ReLU}(x)},
 * {@code \operatorname{softmax}}, {@code \text{GELU}}) or in plain letters ({@code Var(x)},
 * {@code \log} written {@code log(x)}): a catalogue function is applied; a statistical operator
 * (E, Var, Cov, Pr) and softmax of a vector are refused by name, never read as a product of
 * letters (V·a·r·(x)).
 */
final class LatexWords {
  /** Function words, by lower case, and the engine function each applies. */
  static final Map<String, String> FUNCTIONS = Map.ofEntries(Map.entry("relu", "relu"),
      Map.entry("sigmoid", "sigma"), Map.entry("softplus", "softplus"),
      Map.entry("gelu", "gelu"), Map.entry("elu", "elu"), Map.entry("tanh", "Tanh"),
      Map.entry("exp", "Exp"), Map.entry("log", "Log"), Map.entry("ln", "Log"),
      Map.entry("sinh", "Sinh"), Map.entry("cosh", "Cosh"), Map.entry("sin", "Sin"),
      Map.entry("cos", "Cos"), Map.entry("max", "Max"), Map.entry("min", "Min"),
      Map.entry("erf", "Erf"));
  /** Operators of probability, which the reader does not model. */
  private static final Map<String, String> STATISTICS = Map.of("e", "expectations E[…]",
      "var", "variances Var(…)", "cov", "covariances Cov(…)", "pr", "probabilities Pr(…)",
      "corr", "correlations Corr(…)", "std", "standard deviations Std(…)");
  /** Words that are read in plain letters too, before a bracket. */
  private static final Set<String> PLAIN = Set.of("Var", "var", "Cov", "Pr", "Corr", "Std",
      "log", "ln", "exp", "tanh", "relu", "ReLU", "sigmoid", "softmax", "softplus", "GELU",
      "max", "min");

  private LatexWords() {}

  /**
   * The word at the cursor, applied, when it is a word read in plain letters before a bracket;
   * otherwise null and the cursor has not moved.
   */
  static String plain(LatexReader r) {
    LatexCursor c = r.cursor();
    int save = c.position();
    String word = c.letters();
    int after = c.position();
    c.skipBlanks();
    char next = c.peek();
    c.reset(after);
    if (PLAIN.contains(word) && (next == '(' || next == '[')) {
      String applied = apply(r, word);
      if (applied != null) {
        return applied;
      }
    }
    c.reset(save);
    return null;
  }

  /**
   * An upright word just read ({@code \mathrm{ReLU}}): a function applied to what follows, a
   * refusal for an operator, or null for a word that is a name.
   */
  static String apply(LatexReader r, String word) {
    String w = word.toLowerCase(Locale.ROOT);
    String statistic = STATISTICS.get(w);
    if (statistic != null && (w.length() > 1 || word.equals("E"))) {
      throw new UnsupportedLatexException(statistic);
    }
    if (w.equals("softmax")) {
      throw new UnsupportedLatexException("softmax of a vector (its components are not read)");
    }
    String fn = FUNCTIONS.get(w);
    return fn == null ? null : LatexCommands.applyFunction(r, fn);
  }
}
