package gradlab.math;

/**
 * A node of the expression tree. Immutable; equality is structural. Build nodes through
 * {@link Algebra} to get the canonical form (flattened sums and products, folded constants).
 *
 * <p>Vectors and matrices with shapes will be added as further permitted records.
 */
public sealed interface Expression
    permits Num, Real, Sym, Const, Call, Sum, Product, Power, Relation, ExprList, Command {

  /** True when this is an exact or approximate number. */
  default boolean isNumber() {
    return this instanceof Num || this instanceof Real;
  }
}
