package gradlab.symbolic;

import gradlab.math.Environment;
import gradlab.math.Expression;
import gradlab.math.Numeric;
import gradlab.math.Relation;
import gradlab.math.Sym;
import java.util.Map;

/**
 * A limit at a finite point is shown only if the function does not jump there. The library's
 * Limit gives 0 for sign(x) at 0 (it puts the point in), where the values from above and from
 * below stay 1 and −1. Checked numerically on our tree: at h = 10⁻⁶, 10⁻⁹, 10⁻¹² the values at
 * x₀ + h and x₀ − h are compared; if they are finite and apart by more than a tenth of
 * (1 + |limit|) at every h, there is no limit. Where one side is not defined (ln x at 0⁻) there is
 * no evidence of a jump, and the library's answer stands. Where the library's answer was
 * Indeterminate (|x|/x at 0) the same test names the jump instead of "an indeterminate form".
 */
final class OneSidedLimits {
  private static final double[] STEPS = {1e-6, 1e-9, 1e-12};

  private OneSidedLimits() {}

  /** Throws when f jumps at the rule's point x → x₀ (x₀ a number); {@code limit} is the answer. */
  static void requireNoJump(Expression f, Expression rule, Expression limit) {
    if (!(rule instanceof Relation r) || !(r.lhs() instanceof Sym x) || !r.rhs().isNumber()
        || !limit.isNumber()) {
      return;
    }
    double x0 = Numeric.value(r.rhs(), Map.of(), Environment.EMPTY);
    double l = Numeric.value(limit, Map.of(), Environment.EMPTY);
    double above = Double.NaN;
    double below = Double.NaN;
    for (double h : STEPS) {
      above = value(f, x.name(), x0 + h);
      below = value(f, x.name(), x0 - h);
      if (!Double.isFinite(above) || !Double.isFinite(below)
          || Math.abs(above - below) <= 0.1 * (1 + Math.abs(l))) {
        return;
      }
    }
    throw new ArithmeticException("limit has no single value here: the one-sided limits "
        + "differ; near " + gradlab.math.Printer.unicode(r.rhs()) + " it is "
        + gradlab.math.Printer.unicode(
        new gradlab.math.Real(above)) + " from above and " + gradlab.math.Printer.unicode(
        new gradlab.math.Real(below)) + " from below");
  }

  /**
   * Throws "no single value" when the library's answer was Indeterminate at a finite point and
   * f grows without bound there with opposite signs on the two sides (1/x at 0): at every h the
   * values at x₀ ± h have opposite signs, and each step 10⁻³ closer multiplies both by at least
   * 100. Returns quietly otherwise.
   */
  static void requireNoOppositeBlowUp(Expression f, Expression rule) {
    if (!(rule instanceof Relation r) || !(r.lhs() instanceof Sym x) || !r.rhs().isNumber()) {
      return;
    }
    double x0 = Numeric.value(r.rhs(), Map.of(), Environment.EMPTY);
    double lastAbove = 0;
    double lastBelow = 0;
    double above = Double.NaN;
    double below = Double.NaN;
    for (double h : STEPS) {
      above = value(f, x.name(), x0 + h);
      below = value(f, x.name(), x0 - h);
      if (!Double.isFinite(above) || !Double.isFinite(below) || above * below >= 0
          || Math.abs(above) < 100 * lastAbove || Math.abs(below) < 100 * lastBelow) {
        return;
      }
      lastAbove = Math.abs(above);
      lastBelow = Math.abs(below);
    }
    throw new ArithmeticException("limit has no single value here: near "
        + gradlab.math.Printer.unicode(r.rhs()) + " the values grow without bound, to "
        + (above > 0 ? "+∞" : "−∞") + " from above and " + (below > 0 ? "+∞" : "−∞")
        + " from below (at ±10⁻¹²: " + gradlab.math.Printer.unicode(new gradlab.math.Real(above))
        + " and " + gradlab.math.Printer.unicode(new gradlab.math.Real(below)) + ")");
  }

  /** f at x = at on our tree, NaN where it has no value there. */
  static double value(Expression f, String x, double at) {
    try {
      return Numeric.value(f, Map.of(x, at), Environment.EMPTY);
    } catch (RuntimeException e) {
      return Double.NaN;
    }
  }
}
