package gradlab.check;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Plain-text lines typed on a phone or pasted from notes, in the engine-syntax format and at the
 * console's {@code :check}: {@code ∂L/∂w₁ = −(y − ŷ)x₁}, {@code L = ½(y − ŷ)²},
 * {@code f(w) = |w|}. The math language reads σ, ′, −, ·, ² and subscripts itself; this adds
 * ∂X/∂Y (as dX/dY, which {@link PlainTextLines} reads as the derivative), the vulgar fractions
 * ½ ¼ ¾ ⅓ ⅔ ⅛, √ as sqrt, |x| as abs(x), and the product in {@code w₁x₁} (two subscripted names, not one
 * name w1x1). Each was "cannot read: LaTeX in a file …" or stopped the whole file (found by new
 * users). A line with an odd number of bars, or {@code ||}, keeps its bars.
 */
final class PlainUnicode {
  private static final Map<Character, String> FRACTIONS = Map.of('½', "(1/2)", '¼', "(1/4)",
      '¾', "(3/4)", '⅓', "(1/3)", '⅔', "(2/3)", '⅛', "(1/8)");
  /** ∂ before a name: ∂L, ∂w₁, ∂ŷ. */
  private static final Pattern PARTIAL = Pattern.compile("∂\\s*(?=[\\p{L}])");
  /** A subscript digit run followed at once by a letter: w₁x₁. */
  private static final Pattern SUBSCRIPT_THEN_LETTER = Pattern.compile(
      "([₀-₉]+)(?=[A-Za-z\\p{IsGreek}])");
  private static final Pattern SUBSCRIPTS = Pattern.compile("[₀-₉]+");
  /** √ before a number or a name (√ before a bracket becomes sqrt( as it stands). */
  private static final Pattern ROOT = Pattern.compile(
      "√\\s*([0-9.]+|[A-Za-z\\p{IsGreek}][A-Za-z0-9_]*)");

  /**
   * An en dash between spaces, "α.(e^x – 1)": word processors and blogs turn the minus into it
   * (sefiks.com's ELU derivative), and the line was "not engine syntax".
   */
  private static final Pattern EN_DASH = Pattern.compile("(?<=\\S) – (?=\\S)");
  /** A dot between a Greek letter and a letter or bracket, "α.e^x", "α.(e^x – 1)": a product. */
  private static final Pattern GREEK_DOT = Pattern.compile("(?<=\\p{IsGreek})\\.(?=[\\p{L}(])");

  /**
   * sigma (or σ) raised to a power, not applied: σ², sigma^2, sigma**2, also after a coefficient,
   * 3σ² (left as the function sigma there, "Var(y) = … = 3σ²" had a right side with no σ).
   */
  private static final Pattern SIGMA_POWER = Pattern.compile("(?<![A-Za-z_])(?<![A-Za-z_][0-9])"
      + "(?<![A-Za-z_][0-9]{2})(?:sigma|σ)(?=\\s*(?:\\^|\\*\\*|²))");

  /** One Latin letter (not the d of dσ) before σ²: Mσ² is M·σ², not the name Msigmav (user30). */
  private static final Pattern LETTER_SIGMA = Pattern.compile(
      "(?<![A-Za-z0-9_])([A-Za-ce-z])(?=σ\\s*(?:\\^|\\*\\*|²))");

  /**
   * A Greek letter typed against a Latin one, "αeˣ", "ηg": a product, never the name alphae
   * (held19's ELU on a phone: "αeˣ = α(eˣ − 1) + α" was "alphaeˣ is not defined"). Δx and δw stay names: a change in x.
   */
  private static final Pattern GREEK_THEN_LATIN = Pattern.compile(
      "(?<![A-Za-z\\p{IsGreek}])([\\p{IsGreek}&&[^Δδ]])(?=[A-Za-z])");
  /** A superscript run with a sign or a letter: eˣ, e⁻¹, 10⁻⁸, e⁻ˣ (² alone the language reads). */
  private static final Pattern SUPERSCRIPT = Pattern.compile("[⁺⁻]?[" + ScriptCharacters
      .superscripts(c -> Character.isDigit(c) || Character.isLowerCase(c)) + "]+");

  private PlainUnicode() {}

  private static String superscripts(String s) {
    return SUPERSCRIPT.matcher(s).replaceAll(m -> {
      String g = m.group();
      if (g.chars().allMatch(c -> c == '²' || c == '³')) {
        return g;
      }
      return java.util.regex.Matcher.quoteReplacement("^(" + ScriptCharacters.plain(g) + ")");
    });
  }

  /** {@code line} in the engine syntax's own forms; unchanged where it has none of these. */
  static String asEngineSyntax(String typed) {
    // sigma^2 is a scale squared, never the sigmoid (that is sigma(z)^2): as a function symbol
    // it had no value, so every claim with 1/(2*sigma^2) was "no numeric value" (Kendall-Gal)
    String line = SIGMA_POWER.matcher(LETTER_SIGMA.matcher(typed).replaceAll("$1*"))
        .replaceAll("sigmav");
    if (line.chars().allMatch(c -> c < 128)) {
      return bars(line);
    }
    StringBuilder b = new StringBuilder();
    for (char ch : line.toCharArray()) {
      b.append(FRACTIONS.getOrDefault(ch, String.valueOf(ch)));
    }
    String s = ElementWiseSigns.asProducts(EN_DASH.matcher(b).replaceAll(" − "));
    s = GREEK_DOT.matcher(s).replaceAll("·");
    s = superscripts(GREEK_THEN_LATIN.matcher(s).replaceAll("$1·")); // αeˣ as α·e^(x)
    s = PhoneSubscripts.asIndices(s); // rₜ₊₁ as r_(t+1)
    s = SUBSCRIPT_THEN_LETTER.matcher(s).replaceAll("$1*").replace("″", "''")
        .replace("‴", "'''").replace("∂/∂", "d/d"); // f″(x); ∂/∂w (…) as d/dw (…)
    s = ROOT.matcher(s).replaceAll("sqrt($1)"); // √16, √x, √(x + 1): "LaTeX in a file" before
    s = s.replace("√(", "sqrt(");
    if (s.contains("∂")) { // ∂L/∂w₁ as dL/dw1: the subscript as digits, which dL/dw reads
      s = PARTIAL.matcher(s).replaceAll("d");
      s = SUBSCRIPTS.matcher(s).replaceAll(m -> SubscriptDigitPointNames.ascii(m.group()));
    }
    return bars(s);
  }


  /** |x| as abs(x): bars taken in pairs, left to right, where they pair up. */
  private static String bars(String s) {
    long count = s.chars().filter(c -> c == '|').count();
    if (count == 0 || count % 2 != 0 || s.contains("||")) {
      return s;
    }
    StringBuilder b = new StringBuilder();
    boolean open = false;
    for (char ch : s.toCharArray()) {
      if (ch == '|') {
        b.append(open ? ")" : "abs(");
        open = !open;
      } else {
        b.append(ch);
      }
    }
    return b.toString();
  }
}
