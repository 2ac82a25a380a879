package gradlab.math;

import java.util.Map;

/** Greek letter names: η ↔ eta in input, \eta in LaTeX. */
public final class Greek {
  static final Map<String, String> LETTERS = Map.ofEntries(
      Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"),
      Map.entry("delta", "δ"), Map.entry("epsilon", "ε"), Map.entry("eta", "η"),
      Map.entry("theta", "θ"), Map.entry("lambda", "λ"), Map.entry("mu", "μ"),
      Map.entry("nu", "ν"), Map.entry("rho", "ρ"), Map.entry("tau", "τ"),
      Map.entry("phi", "φ"), Map.entry("omega", "ω"), Map.entry("xi", "ξ"));

  private Greek() {}

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
