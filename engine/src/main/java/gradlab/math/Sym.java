package gradlab.math;

/**
 * A named symbol: a variable or a defined name. Names hold letters, digits, {@code _} and
 * primes; {@code z₃} and {@code z_3} are both {@code z3}, {@code n_in} is one name.
 */
public record Sym(String name) implements Expression {}
