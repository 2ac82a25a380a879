package gradlab.check;

import gradlab.math.Catalogue;
import gradlab.math.MathFunction;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bound that one catalogue function's range settles: {@code 0 < σ(x)}, {@code tanh(u) < 1},
 * {@code |w| ≥ 0}, {@code e^{x} > 0}, whatever the argument. The ends of σ, tanh, erf, softplus
 * and exp are never attained (open); every other function's ends are taken as attained, so a
 * strict bound at such an end is not proved. GELU is left out: its catalogue infimum is rounded.
 */
final class CatalogueRanges {
  private static final Pattern CALL = Pattern.compile("([A-Za-z]+)\\((.*)\\)");
  private static final Pattern EXP = Pattern.compile("E\\^.*");
  private static final Set<MathFunction> OPEN = Set.of(MathFunction.SIGMOID, MathFunction.TANH,
      MathFunction.ERF, MathFunction.SOFTPLUS, MathFunction.EXP);

  private CatalogueRanges() {}

  /**
   * The proof of {@code side rel c} (side on the left) from the range of side's function, or
   * empty. {@code side} is engine input; {@code c} a number.
   */
  static Optional<String> bound(String side, Relation rel, double c) {
    String s = side.strip();
    MathFunction f = null;
    if (EXP.matcher(s).matches() && BracketBalance.roundClose(s.substring(2))) {
      f = MathFunction.EXP;
    } else {
      Matcher m = CALL.matcher(s);
      if (m.matches() && BracketBalance.roundClose(m.group(2))) {
        f = Catalogue.function(m.group(1)).orElse(null);
      }
    }
    if (f == null || f == MathFunction.GELU || f.maxArity() != 1) {
      return Optional.empty();
    }
    double lo = f.rangeLow();
    double hi = f.rangeHigh();
    boolean open = OPEN.contains(f);
    boolean holds = switch (rel) {
      case GREATER -> c < lo || c == lo && open;
      case GREATER_EQUAL -> c <= lo;
      case LESS -> c > hi || c == hi && open;
      case LESS_EQUAL -> c >= hi;
      case EQUAL, APPROX -> false;
    };
    return holds ? Optional.of("the range of " + f.displayName() + " is " + (open ? "(" : "[")
        + number(lo) + ", " + number(hi) + (open || Double.isInfinite(hi)
        ? ")" : "]") + " (the catalogue's)") : Optional.empty();
  }

  /** A number as a reader writes it: 0, −1, 0.25, ∞ (six significant digits at most). */
  static String number(double v) {
    if (Double.isInfinite(v)) {
      return v > 0 ? "∞" : "−∞";
    }
    String t = new java.math.BigDecimal(String.format(java.util.Locale.ROOT, "%.6g", v))
        .stripTrailingZeros().toPlainString();
    return t.startsWith("-") ? "−" + t.substring(1) : t;
  }

  /** The relation read from the other side: {@code c < side} is {@code side > c}. */
  static Relation flipped(Relation rel) {
    return switch (rel) {
      case LESS -> Relation.GREATER;
      case LESS_EQUAL -> Relation.GREATER_EQUAL;
      case GREATER -> Relation.LESS;
      case GREATER_EQUAL -> Relation.LESS_EQUAL;
      case EQUAL, APPROX -> rel;
    };
  }
}
