package gradlab.check;

import gradlab.math.Greek;
import gradlab.math.MathFunction;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The engine names of LaTeX symbols: Greek letters, decorated and indexed names, and the names
 * the engine reserves for its own constants and functions (C, D, E, I, N, O, β → Beta, γ → the
 * Euler constant, ζ → Zeta), which get a suffix so that a cost C or a scale γ stays a variable.
 */
final class LatexNames {
  /** Greek letters read as names (σ and the capital operators Σ, Π are handled elsewhere). */
  static final Set<String> GREEK = greekNames();

  /**
   * Functions by LaTeX command: every catalogue function whose LaTeX name is a plain command
   * ({@code \tanh}, {@code \arcsin}, {@code \max}, {@code \sigma}; not the Greek letters the
   * catalogue borrows: δ stays a variable), read as the catalogue's input name, except that the
   * ones read before the catalogue keep the engine's names ({@code \ln} → Log, {@code \max} →
   * Max: the reader's ReLU reading compares "Max"). {@code CatalogueCoverageTest} reads every
   * catalogue function's LaTeX name.
   */
  static final Map<String, String> FUNCTIONS = functions();

  /** Engine names that are constants or functions there, compared ignoring case. */
  private static final Set<String> RESERVED = Set.of("beta", "gamma", "zeta", "pi", "erf",
      "sum", "product", "log", "ln", "exp", "abs", "max", "min", "sign", "sqrt", "mean", "variance",
      "delta", "tan", "sec", "csc", "cot", "re", "im", "det", "norm", "dot", "cross", "power",
      "plus", "times", "degree", "catalan", "glaisher", "khinchin", "infinity", "true", "false");

  /**
   * Greek letters by the engine names the reader gives them, for messages: capitals as capdelta.
   * Not xi and nu, the engine names of x_i and n_u.
   */
  private static final Map<String, String> GREEK_LETTERS = greekLetters();
  /** A Greek engine name with the reserved-name suffix v and digits (xi, x_i, is not one). */
  private static final Pattern GREEK_NAME = Pattern.compile("(" + String.join("|",
      new java.util.TreeSet<>(GREEK_LETTERS.keySet()).descendingSet()) + ")v?(\\d*)");
  /**
   * A capital Greek letter before one letter, Δx or ΔL read as one name: shown so, never as
   * "capdeltacapl" (a message about {@code \Delta L'(w_0)}).
   */
  private static final Pattern CAPITAL_GREEK_BEFORE_LETTER =
      Pattern.compile("(cap[a-z]+?)((?:cap)?[a-z]\\d*)");
  /** A one-letter name with the layer superscript L and a subscript: aLj. */
  private static final Pattern LAYER_NAME = Pattern.compile("([a-z])L([a-z0-9]{0,3})");

  /** Single capital letters the engine reserves (case matters for these). */
  private static final Set<String> RESERVED_CAPITALS = Set.of("C", "D", "E", "I", "N", "O",
      "K", "H"); // H: the math language's Heaviside step (d2l's Hessian \mathbf{H} is a name)

  /** A superscript that indexes a layer: l, L, (l), [l], l-1, (L+1), … */
  private static final Pattern LAYER = Pattern.compile("[(\\[]?([lL])([+-]1)?[)\\]]?");

  private LatexNames() {}

  private static Map<String, String> functions() {
    Map<String, String> m = new java.util.HashMap<>(Map.ofEntries(Map.entry("sigma", "sigma"),
        Map.entry("ln", "Log"), Map.entry("log", "Log"), Map.entry("exp", "Exp"),
        Map.entry("tanh", "Tanh"), Map.entry("sinh", "Sinh"), Map.entry("cosh", "Cosh"),
        Map.entry("sin", "Sin"), Map.entry("cos", "Cos"), Map.entry("max", "Max"),
        Map.entry("min", "Min"), Map.entry("coth", "Coth"), Map.entry("csch", "Csch")));
    // \coth, \csch: written through cosh and sinh (Reciprocals); \coth was "cannot read"
    for (MathFunction f : MathFunction.values()) {
      String command = f.latex().substring(1);
      if (f.latex().startsWith("\\") && command.chars().allMatch(Character::isLetter)
          && (!GREEK.contains(command) || f == MathFunction.SIGMOID)) {
        m.putIfAbsent(command, f.inputName());
      }
    }
    return Map.copyOf(m);
  }

  /** The engine name for a Greek command: capitals get a prefix, reserved names a suffix. */
  static String greek(String command) {
    String lower = command.toLowerCase(java.util.Locale.ROOT);
    String suffix = SubscriptLookalikes.suffix(lower); // ξ is xiv, not x_i's xi
    if (Character.isUpperCase(command.charAt(0))) {
      return "cap" + lower + suffix;
    }
    return (command.startsWith("var") ? command.substring(3) : command) + suffix;
  }

  private static final java.util.regex.Pattern PRIMED = java.util.regex.Pattern.compile(
      "([A-Za-z][A-Za-z0-9]*?)((?:prime)+)");

  /**
   * A name read before a prime, for the reason it is not read: as {@link #readable}, and a
   * capital Greek letter before one letter as written (ΔL, never "capdeltacapl").
   */
  static String shownPrimed(String engineName) {
    var increment = CAPITAL_GREEK_BEFORE_LETTER.matcher(engineName);
    return increment.matches() && GREEK_LETTERS.containsKey(increment.group(1))
        ? GREEK_LETTERS.get(increment.group(1)) + readable(increment.group(2)) // ΔL
        : readable(engineName);
  }

  /**
   * An engine name as the text wrote it, for messages: varofy → Var(y), meanofx2 → E[x2],
   * capw1 → W1, yhat → ŷ, sigmav → σ. The inverse of {@link #safe} and the statistics names.
   */
  static String readable(String engineName) {
    String conditional = ConditionalProbabilities.readable(engineName);
    if (conditional != null) {
      return conditional;
    }
    if (engineName.startsWith("varof") && engineName.length() > 5) {
      return "Var(" + readable(engineName.substring(5)) + ")";
    }
    int wrt = engineName.indexOf(OpaqueDerivatives.WRT, OpaqueDerivatives.PREFIX.length());
    if (engineName.startsWith(OpaqueDerivatives.PREFIX) && wrt > 0) {
      return "∂" + readable(engineName.substring(OpaqueDerivatives.PREFIX.length(), wrt)) + "/∂"
          + readable(engineName.substring(wrt + OpaqueDerivatives.WRT.length()));
    }
    if (engineName.startsWith("meanof") && engineName.length() > 6) {
      return "E[" + readable(engineName.substring(6)) + "]";
    }
    var partial = OpaquePartials.NAME.matcher(engineName);
    if (partial.matches()) { // ∂C₀/∂w read as a quantity of its own
      return "∂" + readable(partial.group(1)) + "/∂" + readable(partial.group(2));
    }
    var greek = GREEK_NAME.matcher(engineName);
    if (greek.matches()) { // zetav → ζ, beta2 → β2, capphi → Φ, ell → ℓ
      return GREEK_LETTERS.get(greek.group(1)) + greek.group(2);
    }
    String n = java.util.regex.Pattern.compile("cap([a-z])").matcher(engineName)
        .replaceAll(m -> m.group(1).toUpperCase(java.util.Locale.ROOT));
    n = n.replaceAll("^sigmav", "σ").replaceAll("^piv(?=_|\\d*$)", "π");
    var layer = LAYER_NAME.matcher(n);
    if (layer.matches()) { // acaplj → a^L_j (Nielsen's a^L_j)
      return layer.group(1) + "^L" + (layer.group(2).isEmpty() ? "" : "_" + layer.group(2));
    }

    var primed = PRIMED.matcher(n);
    if (primed.matches()) { // y' read as the name yprime: shown y′, never "yprime"
      return readable(primed.group(1)) + "′".repeat(primed.group(2).length() / 5);
    }
    if (PlainHats.isWord(n)) { // "what" in a plain-text line is that word, never ŵ
      return n;
    }
    for (String[] mark : new String[][] {{"hat", "\u0302"}, {"bar", "\u0304"},
        {"tilde", "\u0303"}}) {
      if (n.endsWith(mark[0]) && n.length() > mark[0].length()) {
        String base = n.substring(0, n.length() - mark[0].length());
        String shown = base.length() == 1 ? base : readable(base); // θ̂ for thetahat
        return shown.codePointCount(0, shown.length()) == 1 ? shown + mark[1] : base + mark[0];
      }
    }
    if (n.matches("[A-Z][a-z][a-z0-9]*")) { // capetotal → E_total, capeo1 → E_o1
      return n.charAt(0) + "_" + n.substring(1);
    }
    return n;
  }

  /**
   * {@code name} made safe from the engine's reserved names and from its case folding: the
   * engine reads a name of two or more letters without regard to case (aL and al would be one
   * name), so there each capital X is written capx (aL → acapl, a reserved C → capc).
   */
  static String safe(String name) {
    if (RESERVED_CAPITALS.contains(name)) {
      return "cap" + name.toLowerCase(java.util.Locale.ROOT);
    }
    String n = name;
    if (n.length() > 1 && !n.equals(n.toLowerCase(java.util.Locale.ROOT))) {
      StringBuilder b = new StringBuilder();
      for (char c : n.toCharArray()) {
        b.append(Character.isUpperCase(c) ? "cap" + Character.toLowerCase(c) : String.valueOf(c));
      }
      n = b.toString();
    }
    return RESERVED.contains(n.toLowerCase(java.util.Locale.ROOT)) ? n + "v" : n;
  }

  /**
   * The name part of a layer superscript ({@code l}, {@code (l)}, {@code [l-1]} → {@code l},
   * {@code l}, {@code lm1}), or null when it is not one.
   */
  static String layerIndex(String superscript) {
    var m = LAYER.matcher(superscript.replace(" ", ""));
    if (!m.matches()) {
      return null;
    }
    String shift = m.group(2) == null ? "" : m.group(2).startsWith("-") ? "m1" : "p1";
    return m.group(1) + shift;
  }

  /** Whether a layer superscript is bracketed, so that it cannot be a power. */
  static boolean bracketed(String superscript) {
    String s = superscript.strip();
    return s.startsWith("(") || s.startsWith("[");
  }

  private static Set<String> greekNames() {
    Set<String> names = new java.util.HashSet<>(Greek.letters().keySet());
    names.addAll(Greek.VARIANTS.keySet());
    names.addAll(Greek.CAPITALS.keySet());
    names.add("ell");
    return Set.copyOf(names);
  }

  private static Map<String, String> greekLetters() {
    Map<String, String> letters = new java.util.HashMap<>(Greek.letters());
    Greek.CAPITALS.forEach((name, letter) -> letters.put(
        "cap" + name.toLowerCase(java.util.Locale.ROOT), letter));
    SubscriptLookalikes.rename(letters); // x_i and n_u; ξ and ν are xiv and nuv, Ξ capxiv
    letters.put("ell", "ℓ");
    letters.put("sigma", "σ");
    return Map.copyOf(letters);
  }
}
