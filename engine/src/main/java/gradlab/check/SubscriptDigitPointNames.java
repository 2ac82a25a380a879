package gradlab.check;

/**
 * A name given a number in a plain-text point may end in subscript digits, as typed on a phone:
 * "z₁ = 2, z₂ = 0: p₁ = σ(2)", "Let z₁ = 2 and z₂ = 0.". The point readers ({@link PointLabels},
 * {@link LinePoints}) took names of ASCII letters and digits only, so "z₂ = 0: p₁" was split at
 * its "=" as a chain (the claims after the colon "not checked: holds only for values the text
 * does not state"), "Let z₁" was the product L·e·t·z₁, and "x₂ = 3: p₁" was even taken as a
 * definition of x₂. The digits only end a name: "w₁x₁ = 2" is a product, not a point.
 * Stateless.
 */
final class SubscriptDigitPointNames {
  /** What may follow a point name's first letter: ASCII letters, digits, _, then subscripts. */
  static final String TAIL = "[A-Za-z0-9_]*[₀-₉]*";

  private SubscriptDigitPointNames() {}

  /**
   * {@code name} with its subscript digits as ASCII digits, as the engine names it: z₁ → z1. The one
   * such conversion: {@link PlainNames} and {@link PlainUnicode} call it too.
   */
  static String ascii(String name) {
    StringBuilder b = new StringBuilder(name.length());
    name.chars().forEach(c -> b.append(c >= '₀' && c <= '₉' ? (char) ('0' + (c - '₀'))
        : (char) c));
    return b.toString();
  }
}
