package gradlab.symbolic;

import gradlab.math.Expression;
import gradlab.math.Printer;
import gradlab.math.Relation;
import gradlab.math.Sym;

/**
 * Limits as x → ±∞. The library's Limit gave 0 for relu(x)/x (it is 1): before it is asked, a
 * function that is not smooth is replaced by its branch far out (relu(u) is u where u → +∞);
 * after, its answer is compared with the values at x = ±10⁶ and ±10⁹ on our tree, and not
 * shown where they settle elsewhere.
 */
final class LimitsAtInfinity {
  private static final double FAR = 1e12;

  private LimitsAtInfinity() {}

  /** +1 for x → ∞, −1 for x → −∞, 0 for any other rule. */
  static int direction(Expression rule) {
    if (!(rule instanceof Relation r) || !(r.lhs() instanceof Sym)) {
      return 0;
    }
    if (r.rhs() instanceof Sym s && s.name().equals("infinity")) {
      return 1;
    }
    String to = Printer.unicode(r.rhs()).replace(" ", "");
    return to.equals("∞") || to.equals("+∞") ? 1 : to.equals("−∞") || to.equals("-∞")
        || to.equals("−infinity") || to.equals("-infinity") ? -1 : 0;
  }

  /** f with its kinked functions replaced by their branch far out, where that is clear. */
  static Expression farBranch(Expression f, Expression rule) {
    int d = direction(rule);
    if (d == 0) {
      return f;
    }
    String x = ((Sym) ((Relation) rule).lhs()).name();
    if (Kinks.at(f, x, d * FAR).isPresent() || Kinks.at(f, x, d * FAR / 1e3).isPresent()) {
      return f;
    }
    Expression far = Kinks.localForm(f, x, d * FAR);
    // the same branch a thousand times closer in: otherwise where the branch changes is not
    // far enough out to tell
    return far.equals(Kinks.localForm(f, x, d * FAR / 1e3)) ? far : f;
  }

  /**
   * Throws when the values of f at 10⁶ and 10⁹ (or their negatives) are finite, agree with each
   * other to a tenth and both lie away from the answer {@code limit} (a number or ±∞).
   */
  static void requireAgreement(Expression f, Expression rule, Expression limit) {
    int d = direction(rule);
    if (d == 0) {
      return;
    }
    String x = ((Sym) ((Relation) rule).lhs()).name();
    double near = OneSidedLimits.value(f, x, d * 1e6);
    double far = OneSidedLimits.value(f, x, d * 1e9);
    if (!Double.isFinite(near) || !Double.isFinite(far)
        || Math.abs(far - near) > 0.1 * (1 + Math.abs(far))) {
      return; // no settled value to compare with
    }
    String shown = Printer.unicode(limit).replace(" ", "");
    boolean infinite = shown.endsWith("∞");
    double l = infinite ? Double.NaN : OneSidedLimits.value(limit, x, 0);
    boolean apart = infinite || (Double.isFinite(l) && Math.abs(far - l) > 0.1 * (1
        + Math.abs(l)) && Math.abs(near - l) > 0.1 * (1 + Math.abs(l)));
    if (apart) {
      throw new ArithmeticException("limit: the algebra library's answer " + shown + " is not "
          + "what the values far out approach (" + Printer.unicode(new gradlab.math.Real(near))
          + " at " + x + " = " + (d > 0 ? "" : "−") + "10⁶, " + Printer.unicode(
          new gradlab.math.Real(far)) + " at " + (d > 0 ? "" : "−") + "10⁹), so no answer is "
          + "shown");
    }
  }
}
