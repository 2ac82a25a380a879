package gradlab.check;

import java.util.regex.Pattern;

/**
 * H(…) is the Heaviside step only in a text that also uses ReLU (relu'(x) = H(x)). In an
 * entropy derivation H(p) and H(X) are the entropy: read as the step, the plain-text H(0.5) =
 * 0.693 was ✗ and H(0.3) = 1 ✓ (a lecturer, user28). Elsewhere H(…) in plain text is a function
 * the text does not define, not checked; in LaTeX it stays a name as before ({@code
 * \mathrm{ReLU}'(x) = H(x)} is not read: written as the step it had no numeric value, and a
 * text's own H by cases in prose was lost). Beside ReLU the plain H(…) is written as the
 * engine's step function, heaviside(…): the engine keeps a user's H a name of its own, so
 * relu'(x) = H(x) had "no numeric value" and relu'(x) = H(-x) was never refuted. Stateless.
 */
final class HeavisideSteps {
  static final String REASON = "H(…) is read as the Heaviside step only in a text that also "
      + "uses ReLU (relu'(x) = H(x)); here H is a function the text does not define";
  static final String OWN = "H is the text's own function, and H(…) outside $…$ is read as the "
      + "Heaviside step: it is not checked (write it in $…$)";
  private static final Pattern RELU = Pattern.compile("(?i)relu");
  private static final Pattern CALL = Pattern.compile("(?<![\\p{L}\\p{N}_\\\\{])H(?=\\s*\\()");

  private HeavisideSteps() {}

  /** Whether the text uses ReLU, which makes H(…) its derivative, the step. */
  static boolean stepText(String text) {
    return RELU.matcher(text).find();
  }

  /**
   * Whether the plain statement applies an H the text neither defines nor makes the step (no
   * ReLU in the text).
   */
  static boolean undefined(DocumentRun run, String statement) {
    return reason(run, statement) != null;
  }

  /** The statement with H(…) written as the step, heaviside(…), where H is the step here. */
  static String asStep(DocumentRun run, String statement) {
    if (!run.reluText || reason(run, statement) != null) {
      return statement;
    }
    return CALL.matcher(statement).replaceAll("heaviside");
  }

  /**
   * Why the plain statement's H(…) is not read, or null: the text defines its own H (the
   * engine syntax's H is always the step: "$H(p) = …$, so H(0.5) = 0.693" was ✗), or it
   * neither defines H nor uses ReLU.
   */
  static String reason(DocumentRun run, String statement) {
    if (!CALL.matcher(statement).find() || run.ctx.point().containsKey("H")) {
      return null;
    }
    if (run.functions.contains("H") || run.ctx.defines("H")) {
      return OWN;
    }
    return run.reluText ? null : REASON;
  }
}
