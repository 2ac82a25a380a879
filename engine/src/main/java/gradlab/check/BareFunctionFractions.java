package gradlab.check;

import java.util.regex.Pattern;

/**
 * {@code \frac{d\sigma}{dz}}: the derivative of a function written by its name alone, the
 * textbook's dσ/dz right after {@code \sigma(z) = \frac{1}{1 + e^{-z}}}. It was "not checked:
 * ∂σ/∂z, z are not defined" (found by a student). Read as d/dz σ(z) where σ is a function: tanh
 * always, σ only where the text uses σ as a function ({@link SigmaAsFunction}); where σ may be
 * a standard deviation, dσ/dz stays the derivative of an undefined quantity. σ is σ of the
 * variable only where the text applies σ to it or to nothing; after {@code a = \sigma(z)} it is
 * σ(z) ({@link SigmaArguments}).
 */
final class BareFunctionFractions {
  private static final Pattern ALWAYS_FUNCTIONS = Pattern.compile("\\\\(?:tanh|sinh|cosh)");
  private static final Pattern VARIABLE = Pattern.compile("[A-Za-z]|\\\\[a-z]+");

  private BareFunctionFractions() {}

  /** The numerator applied to the variable ({@code \sigma(z)}), or null where not read so. */
  static String applied(LatexReader r, String top, String below) {
    if (top.equals("\\sigma") && r.reading().functions().contains(SigmaAsFunction.MARK)) {
      String arg = SigmaArguments.argument(r.reading().functions(), below);
      return arg == null || (arg.equals(below) && !VARIABLE.matcher(below).matches()) ? null
          : top + "(" + arg + ")"; // ∂σ/∂b after a = σ(z): σ(z), never σ(b)
    }
    if (!VARIABLE.matcher(below).matches()) {
      return null;
    }
    return ALWAYS_FUNCTIONS.matcher(top).matches() ? top + "(" + below + ")" : null;
  }
}
