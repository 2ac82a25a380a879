package gradlab.check;

import java.util.regex.Pattern;

/**
 * The derivative operators of the engine's syntax a step's sides are written in: dd, pd, D, diff
 * and Derivative applied to an argument list. One list for {@link SolvedConditions} (a step that
 * writes a derivative is an identity, not the condition it is solved from) and {@link
 * ParticularFunctions} (the functions a step differentiates), which each wrote it out. Stateless.
 */
final class EngineDerivatives {
  /** The operators' heads, as a regex alternation. */
  static final String HEADS = "dd|pd|D|diff|Derivative";
  /** One of the operators applied: {@code pd(}, {@code D(}, not a name ending in d. */
  private static final Pattern CALL = Pattern.compile("(?<![A-Za-z0-9_])(?:" + HEADS + ")\\(");
  /** A primed function applied: {@code f'(}, {@code s''(}. */
  private static final Pattern PRIMED_CALL = Pattern.compile("[A-Za-z0-9_]'+\\(");

  private EngineDerivatives() {}

  /** Whether {@code s} (engine syntax) writes a derivative: an operator's call or f′(…). */
  static boolean written(String s) {
    return CALL.matcher(s).find() || PRIMED_CALL.matcher(s).find();
  }
}
