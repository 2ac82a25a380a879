package gradlab.math;

/** An approximate (floating-point) number. */
public record Real(double value) implements Expression {}
