package gradlab.check;

/**
 * How far the operator form {@code \frac{d}{dx}} reaches: over the whole product that follows
 * ({@code \frac{d}{dx} x^2 \sin x} is d/dx (x² sin x), as the math language's {@code d/dx f}
 * reads it), never over its first factor only. Followed by a sum ({@code \frac{d}{dx} x^2 + 3x})
 * its reach is a convention: the product that follows, or the whole sum up to the closing
 * bracket. The reader names that ambiguity and reads it as {@link LatexReading#operatorOverSum}
 * says, so that a step is refuted only when both readings fail.
 */
final class OperatorReach {
  private OperatorReach() {}

  /** {@code dd(…, var)} for the operator at the cursor (just after the fraction). */
  static String derivative(LatexReader r, String var) {
    LatexCursor c = r.cursor();
    c.skipSpacing();
    String product = c.restOfTerm();
    if (product.isBlank()) {
      throw new UnsupportedLatexException("d/d" + var + " without an expression after it");
    }
    String body = product;
    if (c.peek() == '+' || c.peek() == '-') {
      r.ambiguity("d/d" + var + " before a sum as the derivative of the next product or of "
          + "the whole sum");
      if (r.reading().operatorOverSum()) {
        body = product + restOfSum(c);
      }
    }
    return "dd(" + r.readNested(body) + ", " + var + ")";
  }

  /** The raw text from here to a closing bracket of this level, {@code \right} or the end. */
  private static String restOfSum(LatexCursor c) {
    StringBuilder b = new StringBuilder();
    while (!c.atEnd()) {
      String term = c.restOfTerm();
      b.append(term);
      if (c.peek() != '+' && c.peek() != '-') {
        break;
      }
      b.append(c.peek());
      c.advance();
    }
    return b.toString();
  }
}
