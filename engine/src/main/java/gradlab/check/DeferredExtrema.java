package gradlab.check;

import gradlab.symbolic.Expr;
import gradlab.symbolic.SymbolicEngine;

/**
 * {@code \max_x g(x)} of a function g the text defined before: the reader writes it
 * {@code maxvalue(g(x), x)}, and the engine maximised the bare call g(x) before g's definition
 * was put in ("no critical point found", found by a new-user tester). The maximum is deferred
 * under a name the engine does not know until the text's definitions and functions are in the
 * side, then taken. {@code argmax(D(g(z), z), z)} of the engine-syntax format is deferred alike
 * (it was "the function has other free symbols (g) … hint: give them values first (g = 2)"
 * while maxvalue of the same function was proved).
 */
final class DeferredExtrema {
  /** Short, as the engine takes an unknown name of three letters and digits for a function. */
  private static final String MARKER = "mxv0";
  private static final String ARG_MARKER = "amx0";
  private static final java.util.regex.Pattern MAXVALUE = java.util.regex.Pattern.compile(
      "(?<![A-Za-z0-9_])maxvalue\\(");
  private static final java.util.regex.Pattern ARGMAX = java.util.regex.Pattern.compile(
      "(?<![A-Za-z0-9_])argmax\\(");

  private DeferredExtrema() {}

  /** {@code side} with each maximum deferred. */
  static String defer(String side) {
    String s = side.contains("maxvalue(") ? MAXVALUE.matcher(side).replaceAll(MARKER + "(")
        : side;
    return s.contains("argmax(") ? ARGMAX.matcher(s).replaceAll(ARG_MARKER + "(") : s;
  }

  /** {@code e} with each deferred maximum taken (unchanged where it has none). */
  static Expr take(SymbolicEngine engine, Expr e) {
    String input = e.input();
    if (!input.contains(MARKER + "(") && !input.contains(ARG_MARKER + "(")) {
      return e;
    }
    return engine.eval(input.replaceAll("(?<![A-Za-z0-9_])" + MARKER + "\\(", "maxvalue(")
        .replaceAll("(?<![A-Za-z0-9_])" + ARG_MARKER + "\\(", "argmax("));
  }
}
