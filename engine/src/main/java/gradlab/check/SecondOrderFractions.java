package gradlab.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Second derivatives written as fractions: {@code \frac{d^2 f}{dx^2}},
 * {@code \frac{\partial^2 L}{\partial w^2}}, the mixed {@code \frac{\partial^2 f}{\partial x
 * \partial y}} and the operator form {@code \frac{d^2}{dx^2} f(x)}: the first-order derivative
 * (of a name, its reading as {@link LatexOperators} gives it, pd or dd) differentiated once more,
 * {@code dd(pd(f, x), y)}. The order of a mixed partial does not matter for the smooth functions
 * the texts differentiate. Any other order (d³f/dx³) or a denominator not of these forms is
 * refused by name, "second derivatives" or "derivatives of order n".
 */
final class SecondOrderFractions {
  private static final Pattern ORDER = Pattern.compile("\\^\\s*\\{?\\s*(\\d+)\\s*\\}?(.*)",
      Pattern.DOTALL);
  private static final Pattern SQUARED = Pattern.compile("(.+?)\\^\\s*\\{?\\s*2\\s*\\}?\\s*",
      Pattern.DOTALL);
  private static final Pattern NAME = EngineNames.NAME;

  private SecondOrderFractions() {}

  /**
   * @param prefix the differential ("d", "\\partial", "\\mathrm{d}")
   * @param top the numerator after the prefix, starting with ^ ("^2 f", "^{2}")
   * @param below the denominator after the prefix ("x^2", "x \\partial y")
   * @return the engine form, with the cursor past an operator form's operand and past a
   *     bracket {@code (x)} at the variable of differentiation
   */
  static String read(LatexReader r, String prefix, String top, String below) {
    Matcher order = ORDER.matcher(top);
    if (!order.matches()) {
      throw new UnsupportedLatexException("second derivatives");
    }
    if (!order.group(1).equals("2")) {
      throw new UnsupportedLatexException("derivatives of order " + order.group(1));
    }
    List<String> vars = variables(r, prefix, below);
    String f = order.group(2).strip();
    if (f.isEmpty()) { // \frac{d^2}{dx^2} f(x): the operator applied twice to what follows
      String inner = OperatorReach.derivative(r, vars.get(0));
      return "dd(" + inner + ", " + vars.get(1) + ")";
    }
    String t = r.readNested(f);
    String first = NAME.matcher(t).matches() ? "pd(" + t + ", " + vars.get(0) + ")"
        : "dd(" + t + ", " + vars.get(0) + ")";
    String second = "dd(" + first + ", " + vars.get(1) + ")";
    // d2l's \frac{d^2g}{dx^2}(x): at its own variable the derivative, elsewhere refused
    return vars.get(0).equals(vars.get(1)) ? DerivativeAtPoint.evaluated(r, second, vars.get(0))
        : second;
  }

  /** The two variables of differentiation: x, x of {@code x^2}; x, y of {@code x \partial y}. */
  private static List<String> variables(LatexReader r, String prefix, String below) {
    Matcher squared = SQUARED.matcher(below);
    List<String> raw;
    if (squared.matches()) {
      raw = List.of(squared.group(1), squared.group(1));
    } else {
      String[] parts = below.split(Pattern.quote(prefix), -1);
      if (prefix.equals("d") || parts.length != 2) { // "x dy": d may begin a name
        throw new UnsupportedLatexException("second derivatives");
      }
      raw = List.of(parts[0], parts[1]);
    }
    List<String> vars = raw.stream().map(v -> r.readNested(unbraced(v.strip()))).toList();
    for (String v : vars) {
      if (!NAME.matcher(v).matches()) {
        throw new UnsupportedLatexException("second derivatives with respect to " + below);
      }
    }
    return vars;
  }

  private static String unbraced(String s) {
    return s.startsWith("{") && s.endsWith("}") ? s.substring(1, s.length() - 1) : s;
  }
}
