package gradlab.check;

/**
 * Names with their subscripts, layer superscripts and decorations: {@code x_1} → x1,
 * {@code h_{1in}} → h1in, {@code a^{L}} → aL, {@code w^l_{jk}} → wljk, {@code w^+} → wplus,
 * {@code h'_1} → hprime1. A bare layer superscript ({@code a^L}, {@code z^{l-1}}) may also be a
 * power: the reader names the ambiguity and reads it as {@link LatexReading} says; a bracketed
 * one ({@code a^{(l)}}, {@code a^{[l]}}) is an index only.
 */
final class LatexScripts {
  /** A bracketed superscript that is not a layer: x^{(i)}, y^{(t)}, W^{[2]}. */
  private static final java.util.regex.Pattern GENERAL_INDEX = java.util.regex.Pattern.compile(
      "\\(\\s*[A-Za-z0-9]{1,3}\\s*\\)|\\[\\s*[A-Za-z0-9]{1,3}\\s*\\]");

  private LatexScripts() {}

  /** The name that starts with {@code base}, with what follows it at the cursor. */
  static String name(LatexReader r, String base) {
    LatexCursor c = r.cursor();
    StringBuilder b = new StringBuilder(base);
    if (c.peek() == '\'' && c.peek(1) == '_') {
      b.append("prime"); // h'_1: the updated h₁, a name of its own
      c.advance();
    }
    while (!c.atEnd()) {
      if (c.peek() == '_') {
        c.advance();
        b.append(subscript(c.rawArgument()));
      } else if (c.startsWith("^+") || c.startsWith("^{+}")) {
        c.advance(c.startsWith("^+") ? 2 : 4);
        b.append("plus"); // w^+: the updated w, a name of its own
      } else if (c.peek() == '^' && c.peek(1) != '*') {
        int save = c.position();
        c.advance();
        String sup = c.rawArgument();
        if (sup.strip().equals("T") || sup.contains("top") || sup.contains("intercal")) {
          throw new UnsupportedLatexException("transposes (vectors and matrices are not read)");
        }
        String index = LatexNames.layerIndex(sup);
        if (index == null && GENERAL_INDEX.matcher(sup.strip()).matches()) {
          if (LatexReader.FUNCTION_LETTERS.contains(base) && c.peek() == '(') {
            throw new UnsupportedLatexException(base + "^{" + sup + "}(…): an n-th derivative "
                + "or an indexed function");
          }
          b.append("sup").append(subscript(sup)); // x^{(i)}: the i-th example, never a power
          continue;
        }
        if (index == null || (!LatexNames.bracketed(sup) && r.reading().superscriptAsPower())) {
          if (index != null) {
            r.ambiguity(base + "^" + sup + " as a layer index or a power");
          }
          c.reset(save);
          break;
        }
        if (!LatexNames.bracketed(sup)) {
          r.ambiguity(base + "^" + sup + " as a layer index or a power");
        }
        b.append(index);
      } else {
        break;
      }
    }
    return b.toString();
  }

  /** A subscript's text as part of a name: {@code t-1} → tm1, {@code \text{in}} → in. */
  static String subscript(String raw) {
    return raw.replace("-", "m").replace("+", "p").replaceAll("[^A-Za-z0-9]", "");
  }
}
