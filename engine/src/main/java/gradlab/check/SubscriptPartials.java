package gradlab.check;

import java.util.regex.Pattern;

/**
 * The partial derivative written as an operator with its variable as a subscript, as d2l and
 * the softmax-Jacobian answers write it: {@code \partial_x f}, {@code \partial_{w} L},
 * {@code \partial_{\theta} J(\theta)}, {@code \partial_x f(x, y)}. It is ∂F/∂v: {@code pd(F, v)}
 * for a name (whose relation to v is then the checker's question, as for the fraction), or d/dv
 * of the call of a function the text defines. It is refused ("\partial", as before) where the
 * subscript is not one plain variable (a bold vector, {@code \partial_{(\mathbf{w},b)}}), where
 * a superscript follows the name ({@code \partial_j e^{z_i}}: e to a power, or a layer name?),
 * and where a bracket follows that does not hold the variable: {@code \partial_j S_i(\mathbf z)}
 * differentiates in z_j, which the subscript only indexes.
 */
final class SubscriptPartials {
  private static final Pattern NAME = EngineNames.NAME;
  private static final String REFUSED = "\\partial";

  private SubscriptPartials() {}

  /** ∂ at the cursor (just after the command), in engine syntax. */
  static String read(LatexReader r) {
    LatexCursor c = r.cursor();
    if (c.peek() != '_') {
      throw new UnsupportedLatexException(REFUSED);
    }
    c.advance();
    String sub = c.rawGroupOrToken().strip();
    if (sub.matches("(?s).*(\\\\math|\\\\bold|\\\\bm|\\\\vec|,|\\().*")) {
      throw new UnsupportedLatexException(REFUSED);
    }
    String v = r.readNested(sub.startsWith("{") ? sub.substring(1, sub.length() - 1) : sub);
    if (!NAME.matcher(v).matches()) {
      throw new UnsupportedLatexException(REFUSED);
    }
    c.skipSpacing();
    String f = name(r);
    if (f == null || f.equals("e") || f.equals(LatexReader.VARIABLE_E) || c.peek() == '^') {
      throw new UnsupportedLatexException(REFUSED);
    }
    if (c.peek() != '(') {
      return "pd(" + f + ", " + v + ")";
    }
    String args = String.join(", ", TopLevel.split(c.rawBracket(), ',').stream()
        .map(a -> r.readNested(a.strip())).toList());
    if (!Pattern.compile("(?<![A-Za-z0-9])" + v + "(?![A-Za-z0-9])").matcher(args).find()) {
      throw new UnsupportedLatexException("∂ with a subscript that is not among the arguments"
          + " (an index, as in ∂_j S_i(z)?)");
    }
    return r.reading().functions().contains(f) ? "dd(" + f + "(" + args + "), " + v + ")"
        : "pd(" + f + ", " + v + ")";
  }

  /** The name after the operator ({@code f}, {@code L}, {@code S_i}, {@code \ell}), or null. */
  private static String name(LatexReader r) {
    return LatexVectors.functionName(r); // the same names as after ∇
  }
}
