package gradlab.check;

import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * A claim {@code G = ∫_a^x f(y) dy} with a symbolic upper bound x (Goodfellow's 3.40,
 * ζ(x) = ∫_{-∞}^x σ(y) dy), decided without integrating symbolically: two functions of x are
 * equal exactly when their derivatives are equal and they agree at one point. So the step is
 * proved when d/dx G = f(x) is proved and G(a) = 0 at a finite lower bound a, where the
 * integral is 0. From a = −∞ the value at the bound is a limit, which is not computed: the
 * step is then "not checked", saying whether the derivatives agree (they are refuted where they
 * differ). Where the derivatives differ at a point, no constant
 * reconciles the sides: refuted there; where they agree and G is not 0 at the lower bound,
 * refuted there. An integrand that itself depends on x is not
 * read (Leibniz's rule would be needed).
 */
final class BoundIntegrals {
  private static final Pattern NAME = EngineNames.NAME;
  /**
   * Bounds that are numbers though spelled as names: ∫_0^∞ z φ(z) dz (SELU's mean) was read with
   * the upper bound a name "Infinity", and its true value 1/√(2π) refuted "at Infinity = 0".
   */
  private static final Pattern CONSTANT = Pattern.compile("Infinity|Pi|E|Degree|GoldenRatio");

  private BoundIntegrals() {}

  /** The verdict, or null when neither side is an integral up to a symbolic bound. */
  static StepVerdict check(String lhs, Relation rel, String rhs,
      BiFunction<String, String, StepVerdict> decide) {
    String[] l = parts(lhs);
    String[] r = parts(rhs);
    if (l == null && r == null) {
      return null;
    }
    if (l != null && r != null || rel != Relation.EQUAL) {
      return new StepVerdict.NotChecked("integrals with symbolic bounds compared with "
          + (rel != Relation.EQUAL ? "an inequality" : "each other"));
    }
    String[] integral = l != null ? l : r;
    String other = l != null ? rhs : lhs;
    String f = integral[0];
    String y = integral[1];
    String a = integral[2];
    String x = integral[3];
    if (mentions(f, x)) {
      return new StepVerdict.NotChecked("an integrand that depends on its own bound "
          + LatexNames.readable(x));
    }
    String shown = LatexNames.readable(x);
    StepVerdict slope = decide.apply("dd(" + other + ", " + x + ")", put(f, y, x));
    if (slope instanceof StepVerdict.Refuted s) {
      return new StepVerdict.Refuted(s.point(), s.lhs(), s.rhs(), "values of d/d" + shown
          + " of the sides: they differ by more than a constant in " + shown);
    }
    if (!numericBound(a)) {
      if (!(slope instanceof StepVerdict.Proved p)) {
        return slope;
      }
      return new StepVerdict.NotChecked("an integral from " + a.replace("-Infinity", "−∞")
          + ": d/d" + shown + " of the sides are equal (proved: " + p.how() + "), so they "
          + "differ by a constant; whether it is 0 (a limit at the lower bound) is not decided");
    }
    StepVerdict start = decide.apply(put(other, x, a), "0");
    String at = shown + " = " + a;
    if (start instanceof StepVerdict.Refuted s) {
      return new StepVerdict.Refuted(s.point(), s.lhs(), s.rhs(), "the other side at " + at
          + ", where the integral is 0");
    }
    if (slope instanceof StepVerdict.Proved p && start instanceof StepVerdict.Proved q) {
      return new StepVerdict.Proved("differentiating both sides with respect to " + shown
          + " (" + p.how() + ") and comparing them at " + at + " (" + q.how() + ")");
    }
    StepVerdict undecided = slope instanceof StepVerdict.Proved ? start : slope;
    if (undecided instanceof StepVerdict.Unknown u && !u.undecided()
        && !(start instanceof StepVerdict.NotChecked)) {
      return new StepVerdict.Unknown(u.samples(), u.tolerance(), "d/d" + shown + " of both "
          + "sides and their values at " + at + " agree where compared, not proved");
    }
    return undecided;
  }

  /** Whether the lower bound is a finite number (not ±∞), where the integral is 0. */
  private static boolean numericBound(String a) {
    return !a.contains("Infinity");
  }

  /** {f, y, a, x} of a side that is one integrate(f, {y, a, x}) with a name x, else null. */
  private static String[] parts(String side) {
    String s = side.strip();
    if (!s.startsWith("integrate(") || !s.endsWith("})")) {
      return null;
    }
    List<String> args = TopLevel.split(s.substring("integrate(".length(), s.length() - 1), ',');
    if (args.size() != 2 || !args.get(1).strip().startsWith("{")) {
      return null;
    }
    String bounds = args.get(1).strip();
    List<String> b = TopLevel.split(bounds.substring(1, bounds.length() - 1), ',');
    if (b.size() != 3 || !NAME.matcher(b.get(2).strip()).matches()
        || CONSTANT.matcher(b.get(2).strip()).matches()
        || !NAME.matcher(b.get(0).strip()).matches()) {
      return null;
    }
    return new String[] {args.get(0).strip(), b.get(0).strip(), b.get(1).strip(),
        b.get(2).strip()};
  }

  private static boolean mentions(String expression, String name) {
    return Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(name) + "(?![A-Za-z0-9])")
        .matcher(expression).find();
  }

  /** {@code expression} with the name {@code from} replaced by {@code to} in brackets. */
  private static String put(String expression, String from, String to) {
    return Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(from) + "(?![A-Za-z0-9])")
        .matcher(expression).replaceAll(java.util.regex.Matcher.quoteReplacement("(" + to
            + ")"));
  }
}
