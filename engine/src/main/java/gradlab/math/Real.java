package gradlab.math;

import java.math.BigDecimal;

/**
 * An approximate number: a double, or (from {@code N(f, digits)}) a decimal with the given
 * significant digits, {@code digits} null otherwise.
 */
public record Real(double value, BigDecimal digits) implements Expression {
  public Real(double value) {
    this(value, null);
  }

  /** A decimal carrying its significant digits. */
  public static Real of(BigDecimal digits) {
    return new Real(digits.doubleValue(), digits);
  }
}
