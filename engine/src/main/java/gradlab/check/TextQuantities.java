package gradlab.check;

import java.util.Locale;
import java.util.Set;

/**
 * A quantity named by a word in {@code \text{…}}: PyTorch's {@code \text{lr}}, the gain of its
 * initialisers ({@code \text{gain} \times \sqrt{…}}), {@code \text{fan}_{\text{in}}}. Read as
 * one name, as {@code \mathrm{lr}} is, only where the word stands as an operand: one word
 * without blanks (never "\text{ for }"), not a word of prose (if, for, where, otherwise…) nor a
 * function or operator word nor a function the text defines ({@code \text{FL}} of {@code FL(p_t)
 * = …}: those have their own readings), and followed by an operator, a
 * relation, a closing bracket, a script or the end — never by a letter, a number or a bracket,
 * where it is words between formulas ({@code x > 0 \text{and} y}) or a function applied.
 * Elsewhere {@code \text{…}} stays words, dropped as before.
 */
final class TextQuantities {
  private static final Set<String> PROSE = Set.of("if", "iff", "for", "and", "or", "where",
      "when", "whenever", "otherwise", "else", "with", "such", "that", "all", "is", "are", "at",
      "of", "the", "to", "as", "since", "by", "then", "so", "thus", "hence", "let", "we", "in",
      "on", "any", "each", "every", "not", "no", "mod", "because", "given", "via", "over", "from",
      "per", "st", "ie", "eg", "resp", "but", "also", "only", "dx", "dy", "dz", "dt", "dw", "ds",
      "du", "dv", "const", "constant", "true", "false", "undefined", "sign", "diag", "tr", "det",
      "rank", "prod", "sum", "argmax", "argmin", "arg", "var", "cov", "corr", "pr");
  /** Commands after the word that show it stands as an operand. */
  private static final Set<String> AFTER = Set.of("cdot", "times", "div", "approx", "le",
      "leq", "ge", "geq", "neq", "ne", "pm", "mp", "quad", "qquad", "right", "rvert", "rVert",
      "rangle", "end", "equiv", "to", "rightarrow", "Rightarrow", "implies", "bigr", "Bigr");

  private TextQuantities() {}

  /**
   * The name of the quantity {@code \text{raw}} stands for at the reader's cursor (just after
   * its closing brace; its scripts are consumed), or null where it is words: then the cursor
   * has not moved.
   */
  static String name(LatexReader r, String raw) {
    if (!raw.matches("[A-Za-z][A-Za-z0-9]{1,11}")) {
      return null;
    }
    String lower = raw.toLowerCase(Locale.ROOT);
    if (PROSE.contains(lower) || LatexWords.FUNCTIONS.containsKey(lower)) {
      return null;
    }
    String function = UprightFunctionNames.nameOf(raw);
    if (function != null && r.reading().functions().contains(function)) {
      return null; // d\text{FL} of FL(p_t) = … the text defines: its function, read as such
    }
    LatexCursor c = r.cursor();
    int save = c.position();
    if (c.peek() == '_') { // \text{fan}_{\text{in}}: a name; \text{BN}_{γ,β}(x) is applied
      c.advance();
      c.rawArgument();
    }
    boolean operand = standsAlone(c);
    c.reset(save);
    return operand ? LatexScripts.name(r, raw) : null;
  }

  private static boolean standsAlone(LatexCursor c) {
    c.skipBlanks();
    if (c.atEnd() || "^})]=+-*/,;<>|&'".indexOf(c.peek()) >= 0) {
      return true;
    }
    if (c.peek() != '\\') {
      return false;
    }
    if ("\\,;!: ".indexOf(c.peek(1)) >= 0) {
      return true; // a row's end or a space
    }
    c.advance();
    return AFTER.contains(c.letters());
  }
}
