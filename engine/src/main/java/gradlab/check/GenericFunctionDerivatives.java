package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The derivative of a function the text applies but never defines, as the rules of
 * differentiation are written: {@code g'(x) h(x) + g(x) h'(x)}, d2l's
 * {@code \frac{dg}{dx}(x) + \frac{dh}{dx}(x)} and {@code \frac{dg}{dh}(h(x))}. The LaTeX reader
 * refused both ("g′(…) of a function the text does not define", "a derivative evaluated at a
 * point"), or read dg/dx(x) as the derivative of a quantity g of unknown dependence, so the sum,
 * product and chain rules were "not checked" in LaTeX although plain text
 * ({@code d/dx (g(x)*h(x)) = g'(x)*h(x) + g(x)*h'(x)}) proved them.
 *
 * <p>Read two ways, as any letter before a bracket: g′ applied (the engine's {@code g'(…)}, a
 * generic function {@link GenericFunctions} decides: proved by the engine's rules for every
 * function, or through instances under its guards), or g′ and dg/dx as quantities times the
 * bracket. The second reading uses names the text never defines, so it decides nothing; a step
 * is refuted only where both readings fail ({@link Readings#combine}), which the quantity
 * reading, with its undefined names, never does. Only a single lower-case letter the text
 * neither defines as a function nor as a quantity, and not e; and only at a bracket with a
 * letter in it: {@code g'(0)} read as g′·0 is 0, refuted without a name (with the application's
 * g sampled as a number, so g′ = 0, the true {@code g'(0) = 0.5} was ✗ under both readings), so
 * it stays "cannot read". Stateless.
 */
final class GenericFunctionDerivatives {
  private static final Pattern LETTER = Pattern.compile("[a-df-z]");
  private static final Pattern LETTERS = Pattern.compile("[A-Za-z]");
  private static final Pattern PARTIAL = Pattern.compile(
      "pd\\(([a-df-z]), ([A-Za-z][A-Za-z0-9]*)\\)");

  private GenericFunctionDerivatives() {}

  private static boolean generic(LatexReader r, String n) {
    return LETTER.matcher(n).matches() && !r.reading().functions().contains(n)
        && !r.reading().variables().contains(LatexNames.safe(n));
  }

  /**
   * {@code g'(…)} at the cursor (on the prime) of a generic letter {@code n}: g′ applied, or
   * the quantity g′ (the bracket then a factor); null where {@code n} is not such a letter.
   */
  static String primed(LatexReader r, String n) {
    if (!generic(r, n)) {
      return null;
    }
    LatexCursor c = r.cursor();
    int at = c.position();
    c.advance();
    String inside = c.rawBracket();
    c.reset(at);
    if (!LETTERS.matcher(inside).find()) { // g'(0): g′·0 = 0 would refute g'(0) = 0.5
      throw new UnsupportedLatexException(LatexNames.shownPrimed(n)
          + "′(…) of a function the text does not define");
    }
    r.ambiguity(n + "′(…) as a product or as " + n + "′ applied");
    if (r.reading().juxtapositionAsApplication()) {
      return LatexFunctionApplication.apply(r, n); // reads the primes: g'(x), g''(x)
    }
    c.advance();
    return LatexNames.safe(n + "prime");
  }

  /**
   * The fraction {@code derivative} (pd(g, x)) just read, followed by the bracket
   * {@code inside} (already passed): g′(inside) applied, or the derivative as before (the
   * bracket the variable itself) or times the bracket; null where g is not a generic letter or
   * the bracket holds several arguments.
   */
  static String atPoint(LatexReader r, String derivative, String inside) {
    Matcher m = PARTIAL.matcher(derivative);
    if (!m.matches() || !generic(r, m.group(1)) || TopLevel.split(inside, ',').size() != 1) {
      return null;
    }
    String g = m.group(1);
    r.ambiguity("d" + g + "/d" + LatexNames.readable(m.group(2)) + "(…) as a product or as "
        + g + "′ applied");
    String at = r.readNested(inside).strip();
    if (!LETTERS.matcher(at).find()) { // dg/dx(0): (dg/dx)·0 = 0 would refute a true value
      throw new UnsupportedLatexException(DerivativeAtPoint.REFUSED);
    }
    if (r.reading().juxtapositionAsApplication()) {
      return g + "'(" + at + ")";
    }
    return at.equals(m.group(2)) ? derivative : "(" + derivative + "*(" + at + "))";
  }
}
