package gradlab.check;

/**
 * A Greek letter typed in Unicode as the name given a value in plain text, "With η = 0.1 and
 * w = 1:": {@link LinePoints} took only a Latin letter, so "With η" was read as a product of the
 * names with and η, the value was lost and every later step through η was "not checked" (user44).
 * σ, ς and π are left out: as a point they would hide the sigmoid and the constant.
 */
final class GreekPointNames {
  /** One lower- or upper-case Greek letter other than σ, ς, π, Σ and Π. */
  static final String LETTER = "[α-ωΑ-Ω&&[^σςπΣΠ]]";

  private GreekPointNames() {}
}
