package gradlab.check;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words that name functions or operators, written upright ({@code \mathrm{ReLU}(x)},
 * {@code \operatorname{softmax}}, {@code \text{GELU}}) or in plain letters ({@code Var(x)},
 * {@code \log} written {@code log(x)}): a catalogue function is applied; E and Var are read by
 * {@link LatexStatistics}; Cov, Pr and softmax of a vector are refused by name, never read as a product of
 * letters (V·a·r·(x)).
 */
final class LatexWords {
  /** Function words, by lower case, and the engine function each applies. */
  static final Map<String, String> FUNCTIONS = Map.ofEntries(Map.entry("relu", "relu"),
      Map.entry("sigmoid", "sigma"), Map.entry("sigm", "sigma"), // sigm: Theano's tutorials
      Map.entry("softplus", "softplus"),
      Map.entry("gelu", "gelu"), Map.entry("elu", "elu"), Map.entry("tanh", "Tanh"),
      Map.entry("exp", "Exp"), Map.entry("log", "Log"), Map.entry("ln", "Log"),
      Map.entry("sinh", "Sinh"), Map.entry("cosh", "Cosh"), Map.entry("sin", "Sin"),
      Map.entry("cos", "Cos"), Map.entry("max", "Max"), Map.entry("min", "Min"),
      Map.entry("erf", "Erf"), Map.entry("sgn", "sign"), Map.entry("sign", "sign"),
      Map.entry("sech", LatexCommands.SECH));
  /** Operators of probability, which the reader does not model. */
  private static final Map<String, String> STATISTICS = Map.of("cov", "covariances Cov(…)", "pr", "probabilities Pr(…)",
      "corr", "correlations Corr(…)", "std", "standard deviations Std(…)");
  /** Words that are read in plain letters too, before a bracket. */
  private static final Set<String> PLAIN = Set.of("Var", "var", "Cov", "Pr", "Corr", "Std",
      "log", "ln", "exp", "tanh", "sinh", "cosh", "sin", "cos", "relu", "ReLU", "sigmoid",
      "softmax", "softplus", "GELU", "max", "min", "sgn", "erfc", "sech");

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
    boolean power = next == '^' && !word.equals("Var") && !word.equals("var");
    if (PLAIN.contains(word) && (next == '(' || next == '[' || power)) { // tanh^2(c)
      String applied = apply(r, word);
      if (applied != null) {
        return applied;
      }
    }
    c.reset(save);
    return null;
  }

  /**
   * A word of three or more letters written straight before a subscript ({@code net_{h1}},
   * {@code out_{o1}}, Mazur's names), consumed and returned as the base of one name; null
   * otherwise (then {@code ax_1} stays a·x₁). A function word ({@code log_2}) is refused.
   */
  static String subscriptedWord(LatexReader r) {
    LatexCursor c = r.cursor();
    int save = c.position();
    String word = c.letters();
    if (word.length() >= 3 && c.peek() == '_') {
      if (FUNCTIONS.containsKey(word.toLowerCase(Locale.ROOT))) {
        throw new UnsupportedLatexException(word + " with a subscript (a base?)");
      }
      return word;
    }
    if (word.length() >= 5 && word.matches(".*[aeiou].*") && c.peek() != '('
        && !FUNCTIONS.containsKey(word.toLowerCase(Locale.ROOT))) {
      // Parr and Howard's \frac{\partial activation}{\partial b}: a word, one name; as
      // a·c·t·i·v·a·t·i·o·n its ∂/∂b was 0 and a true case was ✗
      return word;
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
    if (word.equals("E") || w.equals("var")) {
      return LatexStatistics.apply(r, word.equals("E") ? "E" : "Var");
    }
    if (w.equals("cov")) {
      return LatexCovariances.apply(r);
    }
    String statistic = STATISTICS.get(w);
    if (statistic != null) {
      throw new UnsupportedLatexException(statistic);
    }
    if (w.equals("softmax")) {
      throw new UnsupportedLatexException("softmax of a vector (its components are not read)");
    }
    if (w.equals("erfc")) {
      return complementaryErrorFunction(r);
    }
    if (w.equals("clip")) {
      return ClipFunction.apply(r);
    }
    String fn = FUNCTIONS.get(w);
    return fn == null ? null : withItsArity(word, LatexFunctionApplication.apply(r, fn));
  }

  /**
   * {@code applied}, unless the catalogue's function takes another number of arguments: Barron
   * writes ELU(x, α) with its α (held30), read as elu(x, alpha), which the math language refuses
   * ("elu takes 1 argument, got 2"); the text's ELU of two arguments is not the catalogue's.
   */
  private static String withItsArity(String word, String applied) {
    try {
      gradlab.math.Parser.parse(LatexReader.parserInput(applied));
    } catch (RuntimeException e) {
      String m = String.valueOf(e.getMessage());
      if (m.contains(" takes ") && m.contains(", got ")) {
        throw new UnsupportedLatexException(word + " with another number of arguments than the "
            + "catalogue's " + word.toLowerCase(Locale.ROOT) + " (" + m.lines().findFirst()
            .orElse("").strip() + ")");
      }
    }
    return applied;
  }

  /**
   * {@code \mathrm{erfc}(u)}, the complementary error function 1 − erf(u) (SELU's eq. (14),
   * Klambauer et al.): read as the letters e·r·f·c or an undefined function, every value with it
   * was "not checked", and a dropped ½ in ½e^{1/2}erfc(1/√2) ≈ 0.2616 went unnoticed. A power
   * or a prime written on the word itself is refused.
   */
  private static String complementaryErrorFunction(LatexReader r) {
    String applied = LatexFunctionApplication.apply(r, "Erf");
    if (!applied.startsWith("Erf(")) {
      throw new UnsupportedLatexException("erfc with a power or a prime on the word");
    }
    return "(1 - " + applied + ")";
  }
}
