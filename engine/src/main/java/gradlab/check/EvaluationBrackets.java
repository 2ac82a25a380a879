package gradlab.check;

import java.util.regex.Pattern;

/**
 * The evaluation bracket of an antiderivative, a teacher's
 * {@code \left[ \tfrac{1}{3} x^3 \right]_0^1} or {@code \Big[ … \Big]_{0}^{1}}, meaning
 * F(1) − F(0): it was "cannot read: unexpected '_'", which names no construct a new user can
 * rewrite (user48). It is refused by name, with how to write it. Only a sized or
 * {@code \right} closing bracket with both limits counts: {@code [Wx]_i^2} is a component
 * squared. Stateless.
 */
final class EvaluationBrackets {
  private static final Pattern CLOSED_WITH_LIMITS = Pattern.compile(
      "\\\\(?:right|big|Big|bigg|Bigg)[r]?\\s*(?:\\]|\\|)\\s*_\\s*(?:\\{[^{}]*\\}|[^\\s{}])"
      + "\\s*\\^");

  private EvaluationBrackets() {}

  /** Refuses {@code latex} where it holds an evaluation bracket [F]_a^b. */
  static void refuse(String latex) {
    if (CLOSED_WITH_LIMITS.matcher(latex).find()) {
      throw new UnsupportedLatexException("evaluation brackets [F]_a^b (write F(b) - F(a))");
    }
  }
}
