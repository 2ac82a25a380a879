package gradlab.symbolic;

import org.matheclipse.core.interfaces.IExpr;

/**
 * A proof of lhs = rhs in the activations' named form, their derivatives written out (σ′(u) as
 * σ(u)(1 − σ(u)), tanh′ as 1 − tanh²): where a side is the engine's derivative of a formula in
 * σ and tanh, {@code Together} of the difference is a polynomial identity in σ(u), tanh(v) and
 * the variables, decided at once. Before, such a step went on to the exponential form, whose
 * {@code Together} over two exponentials (e^{w_T x + b_T}, e^{2 w_H x}) expanded for the whole
 * step budget: the highway layer's true derivative (srivastava-highway-gates, line 15) ended
 * "unknown (time)" after 40 s at a load of 15. Stateless.
 */
final class NamedDerivativeForm {
  private NamedDerivativeForm() {}

  /** Whether the sides, derivatives of activations written out, have the difference 0. */
  static boolean isZero(IExpr lhs, IExpr rhs, SymbolicEngine engine) {
    IExpr l = ActivationCalculus.expandDerivatives(lhs, engine);
    IExpr r = ActivationCalculus.expandDerivatives(rhs, engine);
    if (l.equals(lhs) && r.equals(rhs)) {
      return false; // no derivative of an activation: the rewriting of the caller stands
    }
    return IdentityProver.difference(l, r, engine).isZero();
  }
}
