package gradlab.check;

import java.util.regex.Pattern;

/**
 * A LaTeX chain σ = … or σ² = … (σ ≈ … after it): σ is a number there (a standard deviation),
 * not the sigmoid. Moved out of {@link DocumentRun} (302 lines) as it was.
 */
final class SigmaQuantities {
  private static final Pattern SIGMA_QUANTITY = Pattern.compile(
      "\\s*\\\\sigma(\\^\\{?2\\}?)?\\s*(=|\\\\approx).*", Pattern.DOTALL);

  private SigmaQuantities() {}

  /** Whether the chain with first term head, first relation first, states σ or σ² as a value. */
  static boolean stated(String head, Relation first, String statement) {
    return SIGMA_QUANTITY.matcher(head + " = ").matches()
        && first == Relation.EQUAL && SIGMA_QUANTITY.matcher(statement).matches();
  }
}
