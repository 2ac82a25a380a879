package gradlab.symbolic;

import org.matheclipse.core.interfaces.IExpr;

/**
 * A division by zero is an error, not the result ∞ (Symja's complex infinity) or
 * {@code Indeterminate}: an infinity or indeterminate in a result, together with Symja's message
 * about an infinite or indeterminate expression during the same evaluation, means a division by
 * zero. A limit that is infinite gives no such message and stays a result.
 */
final class DivisionByZero {
  private DivisionByZero() {}

  /** Whether Symja's messages and the result it came with tell of a division by zero. */
  static boolean happened(IExpr result, String symjaMessages) {
    boolean said = symjaMessages.contains("Infinite expression")
        || symjaMessages.contains("Indeterminate expression");
    return said && result.has(x -> x.isComplexInfinity() || x.isIndeterminate()
        || x.isDirectedInfinity(), true);
  }

  static ArithmeticException error(String input) {
    return new ArithmeticException("division by zero in " + input.strip() + "; hint: a limit "
        + "gives the value approached, e.g. limit(1/x^2, x -> 0)");
  }
}
