package gradlab.check;

import java.util.Map;

/**
 * Unicode maths typed into a Markdown derivation, written as the LaTeX the reader knows:
 * {@code $z₁ = w₁x + b₁$}, {@code $a = σ(h)$}, {@code ∂L/∂w₁}, {@code ½(a₂ − y)²}. Without it the
 * reader stopped at "unexpected '₁'" and read σ(h) as an unknown function. Line breaks are kept,
 * so a step keeps its line number.
 */
final class UnicodeLatex {
  private static final Map<Character, String> SYMBOLS = Map.ofEntries(
      Map.entry('α', "\\alpha "), Map.entry('β', "\\beta "), Map.entry('γ', "\\gamma "),
      Map.entry('δ', "\\delta "), Map.entry('ε', "\\epsilon "), Map.entry('ϵ', "\\epsilon "),
      Map.entry('ζ', "\\zeta "), Map.entry('η', "\\eta "), Map.entry('θ', "\\theta "),
      Map.entry('ι', "\\iota "), Map.entry('κ', "\\kappa "), Map.entry('λ', "\\lambda "),
      Map.entry('μ', "\\mu "), Map.entry('ν', "\\nu "), Map.entry('ξ', "\\xi "),
      Map.entry('π', "\\pi "), Map.entry('ρ', "\\rho "), Map.entry('σ', "\\sigma "),
      Map.entry('τ', "\\tau "), Map.entry('υ', "\\upsilon "), Map.entry('φ', "\\phi "),
      Map.entry('ϕ', "\\phi "), Map.entry('χ', "\\chi "), Map.entry('ψ', "\\psi "),
      Map.entry('ω', "\\omega "), Map.entry('Γ', "\\Gamma "), Map.entry('Δ', "\\Delta "),
      Map.entry('Θ', "\\Theta "), Map.entry('Λ', "\\Lambda "), Map.entry('Ξ', "\\Xi "),
      Map.entry('Φ', "\\Phi "), Map.entry('Ψ', "\\Psi "), Map.entry('Ω', "\\Omega "),
      Map.entry('Σ', "\\sum "), Map.entry('∑', "\\sum "), Map.entry('Π', "\\prod "),
      Map.entry('∏', "\\prod "), Map.entry('∂', "\\partial "), Map.entry('∇', "\\nabla "),
      Map.entry('∞', "\\infty "), Map.entry('·', "\\cdot "), Map.entry('⋅', "\\cdot "),
      Map.entry('×', "\\times "), Map.entry('−', "-"), Map.entry('±', "\\pm "),
      Map.entry('≤', "\\le "), Map.entry('≥', "\\ge "), Map.entry('≠', "\\ne "),
      Map.entry('≈', "\\approx "), Map.entry('→', "\\to "), Map.entry('←', "\\leftarrow "),
      Map.entry('′', "'"), Map.entry('″', "''"), Map.entry('‖', "\\|"), Map.entry('∈', "\\in "),
      Map.entry('∫', "\\int "), Map.entry('ℓ', "\\ell "), Map.entry('½', "\\frac{1}{2}"),
      Map.entry('¼', "\\frac{1}{4}"), Map.entry('ŷ', "\\hat{y}"), Map.entry('Ŷ', "\\hat{Y}"),
      Map.entry('ȳ', "\\bar{y}"), Map.entry('¾', "\\frac{3}{4}"),
      Map.entry('⊙', "\\odot "), Map.entry('⊘', "\\oslash "),
      Map.entry('⅓', "\\frac{1}{3}"), Map.entry('⅔', "\\frac{2}{3}"),
      Map.entry('\u00A0', " "), Map.entry('\u2009', " "), Map.entry('\u202F', " "));
  /** Combining accents after a letter (y + U+0302 is ŷ) and precomposed ŷ, Ŷ, ȳ as LaTeX. */
  private static final Map<Character, String> ACCENTS = Map.of('\u0302', "\\hat",
      '\u0304', "\\bar", '\u0303', "\\tilde", '\u0307', "\\dot");

  private UnicodeLatex() {}

  /** {@code text} with every Unicode maths character above written as LaTeX. */
  static String normalize(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      boolean sub = ScriptCharacters.isSubscript(c);
      if (sub || ScriptCharacters.isSuperscript(c)) {
        int start = i;
        while (i < text.length() && (sub ? ScriptCharacters.isSubscript(text.charAt(i))
            : ScriptCharacters.isSuperscript(text.charAt(i)))) {
          i++;
        }
        out.append(sub ? "_{" : "^{").append(ScriptCharacters.plain(text.substring(start, i)))
            .append('}');
        continue;
      }
      if (c == '√') {
        i = sqrt(text, i + 1, out);
        continue;
      }
      String accent = ACCENTS.get(c);
      if (accent != null && !out.isEmpty() && Character.isLetter(out.charAt(out.length() - 1))) {
        char base = out.charAt(out.length() - 1); // y followed by a combining ̂: ŷ
        out.setLength(out.length() - 1);
        out.append(accent).append('{').append(base).append('}');
        i++;
        continue;
      }
      String s = SYMBOLS.get(c);
      if (s != null && s.endsWith(" ") && (i + 1 >= text.length()
          || !Character.isLetter(text.charAt(i + 1)) || ScriptCharacters.isSubscript(text.charAt(i + 1))
          || ScriptCharacters.isSuperscript(text.charAt(i + 1)))) {
        s = s.strip(); // δ₂ is \delta_{2}, not \delta _{2}; σ(h) is \sigma(h)
      }
      out.append(s != null ? s : String.valueOf(c));
      i++;
    }
    return out.toString();
  }

  /** √x, √(a + b), √2: the radicand is the bracket or the run of letters and digits after. */
  private static int sqrt(String text, int i, StringBuilder out) {
    int start = i;
    while (start < text.length() && text.charAt(start) == ' ') {
      start++;
    }
    int end = start;
    if (end < text.length() && (text.charAt(end) == '(' || text.charAt(end) == '{')) {
      int close = ClaimForms.closing(text, end);
      if (close < 0) {
        out.append("\\sqrt ");
        return start;
      }
      out.append("\\sqrt{").append(normalize(text.substring(start + 1, close))).append('}');
      return close + 1;
    }
    while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end))
        || text.charAt(end) == '.')) {
      end++;
    }
    if (end == start) {
      out.append("\\sqrt ");
      return start;
    }
    out.append("\\sqrt{").append(normalize(text.substring(start, end))).append('}');
    return end;
  }
}
