package gradlab.math;

import java.util.Map;

/** How {@link Printer} writes a name in each style: subscripts and Greek letters. Pure. */
final class PrintedNames {
  private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";
  private static final Map<Character, Character> SUBSCRIPT_LETTERS = Map.ofEntries(
      Map.entry('a', 'ₐ'), Map.entry('e', 'ₑ'), Map.entry('h', 'ₕ'), Map.entry('i', 'ᵢ'),
      Map.entry('j', 'ⱼ'), Map.entry('k', 'ₖ'), Map.entry('l', 'ₗ'), Map.entry('m', 'ₘ'),
      Map.entry('n', 'ₙ'), Map.entry('o', 'ₒ'), Map.entry('p', 'ₚ'), Map.entry('r', 'ᵣ'),
      Map.entry('s', 'ₛ'), Map.entry('t', 'ₜ'), Map.entry('u', 'ᵤ'), Map.entry('v', 'ᵥ'),
      Map.entry('x', 'ₓ'));

  private PrintedNames() {}

  /**
   * A name in a style: its trailing digits or the part after its underscore as a subscript (z3 →
   * z₃, n_in → nᵢₙ, z_{3} and n_{\mathrm{in}} in LaTeX), its Greek base as a letter; the input
   * style keeps the name. A subscript with a letter that has no Unicode subscript stays as typed.
   */
  static String symbol(String name, Printer.Style style) {
    String base = name;
    String sub = "";
    int us = name.indexOf('_');
    if (us > 0) {
      base = name.substring(0, us);
      sub = name.substring(us + 1);
    } else {
      int i = name.length();
      while (i > 0 && Character.isDigit(name.charAt(i - 1))) {
        i--;
      }
      if (i > 0 && i < name.length()) {
        base = name.substring(0, i);
        sub = name.substring(i);
      }
    }
    base = Greek.toUnicode(base, style);
    if (sub.isEmpty() || style == Printer.Style.INPUT) {
      return style == Printer.Style.INPUT ? name : base;
    }
    if (style == Printer.Style.LATEX) {
      return base + "_{" + (sub.chars().allMatch(Character::isDigit) ? sub
          : "\\mathrm{" + sub + "}") + "}";
    }
    StringBuilder b = new StringBuilder(base);
    for (char c : sub.toCharArray()) {
      if (Character.isDigit(c)) {
        b.append(SUBSCRIPTS.charAt(c - '0'));
      } else if (SUBSCRIPT_LETTERS.containsKey(c)) {
        b.append(SUBSCRIPT_LETTERS.get(c));
      } else {
        return name;
      }
    }
    return b.toString();
  }
}
