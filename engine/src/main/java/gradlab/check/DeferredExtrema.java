package gradlab.check;

import gradlab.symbolic.Expr;
import gradlab.symbolic.SymbolicEngine;

/**
 * {@code \max_x g(x)} of a function g the text defined before: the reader writes it
 * {@code maxvalue(g(x), x)}, and the engine maximised the bare call g(x) before g's definition
 * was put in ("no critical point found", found by a new-user tester). The maximum is deferred
 * under a name the engine does not know until the text's definitions and functions are in the
 * side, then taken.
 */
final class DeferredExtrema {
  /** Short, as the engine takes an unknown name of three letters and digits for a function. */
  private static final String MARKER = "mxv0";
  private static final java.util.regex.Pattern MAXVALUE = java.util.regex.Pattern.compile(
      "(?<![A-Za-z0-9_])maxvalue\\(");

  private DeferredExtrema() {}

  /** {@code side} with each maximum deferred. */
  static String defer(String side) {
    return side.contains("maxvalue(") ? MAXVALUE.matcher(side).replaceAll(MARKER + "(") : side;
  }

  /** {@code e} with each deferred maximum taken (unchanged where it has none). */
  static Expr take(SymbolicEngine engine, Expr e) {
    String input = e.input();
    return input.contains(MARKER + "(") ? engine.eval(input.replaceAll("(?<![A-Za-z0-9_])"
        + MARKER + "\\(", "maxvalue(")) : e;
  }
}
