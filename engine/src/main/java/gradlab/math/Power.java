package gradlab.math;

/** base^exponent; √x is x^(1/2). Build with {@link Algebra#power}. */
public record Power(Expression base, Expression exponent) implements Expression {}
