package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derivatives of a quantity the text does not define, which the engine would take for a
 * constant: of a conditional probability in a variable it is written with
 * ({@link ConditionalDerivatives}), and a second derivative of an undefined name,
 * {@code \frac{d^2 h}{dx^2}} ({@link SecondOrderFractions}), whose first derivative is an opaque
 * quantity of its own. Each is "not checked", never proved 0.
 */
final class UndecidedDerivatives {
  private static final Pattern SECOND = Pattern.compile(
      "dd\\(\\s*(?:pd\\(\\s*([A-Za-z][A-Za-z0-9]*)\\s*,|(" + OpaqueDerivatives.PREFIX
      + "[A-Za-z0-9]+)\\s*,)");

  private UndecidedDerivatives() {}

  /**
   * d2l's {@code 0 = \frac{d}{d\theta} P(X \mid \theta)} opening a chain: the derivative set to
   * zero, an equation the text solves for θ, not an identity in θ. Why it is not checked, or null.
   */
  static String stationarity(String lhs, Relation rel, String rhs) {
    return rel == Relation.EQUAL && lhs.strip().equals("0")
        && (rhs.contains("dd(") || rhs.contains("pd(")) ? "0 = a derivative: a condition the "
        + "text solves (where the derivative vanishes), not an identity" : null;
  }

  /** Why a derivative on {@code side} (engine syntax) is not decided, or null. */
  static String of(CheckContext ctx, String side) {
    String conditional = ConditionalDerivatives.undecided(ctx, side);
    if (conditional != null) {
      return conditional;
    }
    Matcher m = SECOND.matcher(side);
    while (m.find()) {
      String name = m.group(1) != null ? m.group(1) : m.group(2);
      if (!ctx.defines(name)) { // ∂h/∂x of an undefined h, read as a quantity of its own
        int wrt = name.indexOf(OpaqueDerivatives.WRT, OpaqueDerivatives.PREFIX.length());
        String f = m.group(1) != null || wrt < 0 ? name
            : name.substring(OpaqueDerivatives.PREFIX.length(), wrt);
        return "a second derivative of " + LatexNames.readable(f)
            + ", which the text does not define";
      }
    }
    return null;
  }
}
