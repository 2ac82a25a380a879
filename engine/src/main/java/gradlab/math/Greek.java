package gradlab.math;

import java.util.Map;

/**
 * Greek letter names, the one table of them: η ↔ eta in input, \eta in LaTeX; the checker's
 * LaTeX reader and the library's printer read the same letters from here (three copies had
 * drifted: ψ was a name in LaTeX and an unknown character in plain text).
 */
public final class Greek {
  /**
   * The lower-case letters that name quantities. σ is the sigmoid and π the constant (each read
   * elsewhere); omicron is an o.
   */
  static final Map<String, String> LETTERS = Map.ofEntries(
      Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"),
      Map.entry("delta", "δ"), Map.entry("epsilon", "ε"), Map.entry("zeta", "ζ"),
      Map.entry("eta", "η"), Map.entry("theta", "θ"), Map.entry("iota", "ι"),
      Map.entry("kappa", "κ"), Map.entry("lambda", "λ"), Map.entry("mu", "μ"),
      Map.entry("nu", "ν"), Map.entry("xi", "ξ"), Map.entry("rho", "ρ"), Map.entry("tau", "τ"),
      Map.entry("upsilon", "υ"), Map.entry("phi", "φ"), Map.entry("chi", "χ"),
      Map.entry("psi", "ψ"), Map.entry("omega", "ω"));

  /** LaTeX's variant forms, each the letter it varies (\varepsilon is ε). */
  public static final Map<String, String> VARIANTS = Map.of("varepsilon", "epsilon",
      "vartheta", "theta", "varphi", "phi");

  /** The capitals that name quantities, by their LaTeX names (Σ and Π are sum and product). */
  public static final Map<String, String> CAPITALS = Map.of("Gamma", "Γ", "Delta", "Δ",
      "Theta", "Θ", "Lambda", "Λ", "Xi", "Ξ", "Phi", "Φ", "Psi", "Ψ", "Omega", "Ω");

  private Greek() {}

  /** The lower-case letters by name (alpha → α), as {@link #LETTERS}. */
  public static Map<String, String> letters() {
    return LETTERS;
  }

  static String toUnicode(String name, Printer.Style style) {
    String g = LETTERS.get(name);
    if (g == null || style == Printer.Style.INPUT) {
      return name;
    }
    return style == Printer.Style.LATEX ? "\\" + name : g;
  }

  /** The input name of a Greek letter (η → eta), or null: for readers of other notations. */
  public static String inputName(char letter) {
    return fromUnicode(String.valueOf(letter));
  }

  /** The input name of a Greek letter (η → eta), or null. */
  static String fromUnicode(String letter) {
    for (Map.Entry<String, String> e : LETTERS.entrySet()) {
      if (e.getValue().equals(letter)) {
        return e.getKey();
      }
    }
    return null;
  }
}
