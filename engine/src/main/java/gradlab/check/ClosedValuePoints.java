package gradlab.check;

import gradlab.symbolic.Expr;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A value written as a closed formula, "Its maximum is at $x = 1/\sqrt{2}$, where …", given to a
 * name the text uses as a variable: a point, as {@code x = 0.7071} would be, never a definition
 * of x as a constant. Read as a definition, x stayed 1/√2 for the rest of the text, so a wrong
 * general derivative that happens to hold there, {@code f'(x) = e^{-x^2}(2x^2 - 1)} after
 * {@code f(x) = x e^{-x^2}}, was proved. The name is a variable where it is a parameter of a
 * function the text defines, or where the prose before it names a point of evaluation ("at",
 * "for", "when", "take"); a constant introduced otherwise ("where $c = \sqrt{2/\pi}$") stays a
 * definition. A number in scientific notation, AlexNet's "$\alpha = 10^{-4}$" beside "$k = 2$",
 * is a number (held32).
 */
final class ClosedValuePoints {
  private static final Pattern NUMBER = NumberPatterns.DECIMAL_OR_FRACTION_ANY_MINUS;

  private ClosedValuePoints() {}

  /** Whether {@code name = value} (engine syntax) names a point rather than defining name. */
  static boolean isPoint(DocumentRun run, String name, String value) {
    if (NUMBER.matcher(value.strip()).matches()
        || NumberPatterns.SCIENTIFIC.matcher(value.strip()).matches()) {
      return true; // α = 10^{-4} as α = 0.0001: a point with the others, never a constant
    }
    return (isParameter(run, name) || Hypotheses.startsScope(run.prose)) && closed(run, value);
  }

  /** Whether {@code value} is a finite number naming nothing (√5, 1/√2). */
  static boolean closed(DocumentRun run, String value) {
    try {
      Expr e = run.engine.eval(value);
      return run.engine.freeSymbols(e).isEmpty()
          && Double.isFinite(run.engine.numeric(e, Map.of()));
    } catch (RuntimeException e) {
      return false; // not a number the engine can evaluate: not a point
    }
  }

  /** Whether name is a parameter of a function the text defines (x of f(x) = x e^{−x²}). */
  static boolean isParameter(DocumentRun run, String name) {
    return run.ctx.functionRules().stream().anyMatch(r -> r.parameters().contains(name));
  }
}
