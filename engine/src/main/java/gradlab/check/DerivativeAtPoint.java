package gradlab.check;

/**
 * A bracket right after a derivative written as a fraction, as d2l writes the rules:
 * {@code \frac{dg}{dx}(x)} is the derivative of g evaluated at x, never the product
 * (dg/dx)·x. When the bracket holds the variable of differentiation alone, the evaluation is the
 * derivative itself and is read so. At another point ({@code \frac{df}{dx}(x_0)},
 * {@code \frac{dg}{dh}(h(x))}) the reader has no substitution into a derivative, so it refuses
 * by name rather than read a product the text does not mean.
 */
final class DerivativeAtPoint {
  static final String REFUSED = "a derivative evaluated at a point, d…/d…(…)";

  private DerivativeAtPoint() {}

  /**
   * @param derivative the engine form of the fraction just read ({@code pd(g, x)})
   * @param var the engine name of the variable of differentiation
   * @return the derivative, with a following {@code (var)} passed
   */
  static String evaluated(LatexReader r, String derivative, String var) {
    LatexCursor c = r.cursor();
    if (c.peek() != '(') {
      return derivative;
    }
    String inside = c.rawBracket().strip();
    String generic = GenericFunctionDerivatives.atPoint(r, derivative, inside); // dg/dh(h(x))
    if (generic != null) {
      return generic;
    }
    if (inside.equals(var) || r.readNested(inside).strip().equals(var)) {
      return derivative;
    }
    throw new UnsupportedLatexException(REFUSED);
  }
}
