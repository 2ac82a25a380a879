package gradlab.check;

import java.util.List;

/**
 * A bare {@code \pi} in a text that defines a conditional headed by π, a policy
 * {@code \pi(a|s, \theta) = …} or {@code \pi_\theta(a|s) = …} ({@link ConditionalProbabilities}
 * names it {@code piv_{a given s, θ}}). Sutton and Barto write the eligibility
 * {@code \frac{\partial \ln \pi}{\partial \theta_\sigma}} with π bare: the policy, not 3.14159….
 * Read as the constant, ln π has derivative 0, and the true step was refuted (held33). The same
 * text writes {@code \ln(2\pi)} two lines before, where π is the constant, so a bare π there is
 * ambiguous: it is read both ways ({@link LatexReading#piAsConstant}), the text's policy first
 * (where the text defines one conditional π; with several, an undefined name, so that only the
 * constant's reading can decide), and a step is refuted only when both readings fail.
 */
final class TextPolicies {
  /** The ambiguity a claim through a bare π is reported with. */
  static final String AMBIGUITY = "π as the text's policy π(·|·) or the constant 3.14159…";

  private TextPolicies() {}

  /** The engine names of the conditionals headed by π among {@code reading}'s quantities. */
  static List<String> defined(LatexReading reading) {
    return reading.variables().stream().filter(n -> n.startsWith(TextPi.NAME)
        && n.contains("given")).sorted().toList();
  }

  /** A bare π where {@link #defined} is not empty: the policy, or under the alternative π. */
  static String[] read(LatexReader r) {
    r.ambiguity(AMBIGUITY);
    if (r.reading().piAsConstant()) {
      return LatexReader.operand("Pi");
    }
    List<String> policies = defined(r.reading());
    return r.named(policies.size() == 1 ? policies.get(0) : TextPi.NAME);
  }
}
