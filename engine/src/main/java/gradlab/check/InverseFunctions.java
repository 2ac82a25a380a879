package gradlab.check;

import gradlab.math.Catalogue;
import gradlab.math.Expression;
import gradlab.math.Inverses;
import gradlab.math.MathFunction;
import gradlab.math.Printer;
import gradlab.math.Sym;

/**
 * {@code f^{-1}(x)} of a catalogue function: its inverse, as the function catalogue gives it
 * ({@link Inverses}: σ⁻¹ = logit, tanh⁻¹ = artanh, exp⁻¹ = log, ζ⁻¹ = softplus⁻¹ = log(eˣ − 1),
 * …), the one source of truth. For a named function the texts mean the inverse
 * ({@code \sigma^{-1}}, {@code \tanh^{-1}}), never 1/σ(x), which they write
 * {@code \frac{1}{\sigma(x)}}. A letter before {@code ^{-1}(…)} that is no catalogue function
 * ({@code f^{-1}(x)}, {@code a^{-1}(b + c)}) may be an inverse or a reciprocal times a bracket:
 * that is refused as ambiguous ({@link LatexReader}), never read one way.
 */
final class InverseFunctions {
  /** The placeholder argument, replaced by the text's argument after printing. */
  private static final String ARGUMENT = "inverseargument";

  private InverseFunctions() {}

  /** Whether a superscript is −1. */
  static boolean isInverse(String power) {
    return power != null && power.replace(" ", "").replaceAll("^\\((.*)\\)$", "$1").equals("-1");
  }

  /**
   * The inverse of the catalogue function {@code fn} (the reader's name for it: sigma, Tanh,
   * Log, softplus) applied to {@code arg} (engine syntax), in engine syntax.
   *
   * @throws UnsupportedLatexException where the catalogue has no inverse of fn
   */
  static String applied(String fn, String arg) {
    MathFunction f = Catalogue.function(fn).orElseThrow(() -> new UnsupportedLatexException(
        "inverse functions (^{-1}) of " + fn + ", which the catalogue does not invert"));
    Expression inverse = Inverses.inverse(f, new Sym(ARGUMENT)).orElseThrow(() ->
        new UnsupportedLatexException("inverse functions (^{-1}) of " + f.inputName()
            + ", which is not invertible on its range"));
    return "(" + Printer.input(inverse).replace(ARGUMENT, "(" + arg + ")") + ")";
  }
}
