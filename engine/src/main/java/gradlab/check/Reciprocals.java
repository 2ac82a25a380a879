package gradlab.check;

import java.util.Locale;
import java.util.Map;

/**
 * Hyperbolic functions the math language lacks, written through the ones it has: sech = 1/cosh
 * (Misra's Mish derivative), coth = cosh/sinh and csch = 1/sinh (held18b's log-cosh loss, where
 * sinh/cosh written coth was "cannot read: \coth"). A primed one is not read.
 */
final class Reciprocals {
  private static final Map<String, String> FORMS = Map.of(LatexCommands.SECH, "(1/Cosh(%1$s))",
      "Coth", "(Cosh(%1$s)/Sinh(%1$s))", "Csch", "(1/Sinh(%1$s))");

  private Reciprocals() {}

  /** {@code fn} applied to {@code arg} in the math language, or null where fn is none of them. */
  static String of(String fn, String arg) {
    String form = FORMS.get(fn);
    return form == null ? null : String.format(Locale.ROOT, form, arg);
  }

  /** Why a primed one is not read. */
  static String primed(String fn) {
    return "the derivative of " + fn.toLowerCase(Locale.ROOT) + " written with a prime";
  }
}
