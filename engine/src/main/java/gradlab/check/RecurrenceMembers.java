package gradlab.check;

import gradlab.symbolic.Definition;
import gradlab.symbolic.SymbolicEngine;
import java.util.Set;

/**
 * Names fixed by a recurrence the text defines: with m_t = β₁m_{t−1} + (1 − β₁)g_t, the member
 * m_{t−1} is not a free variable but the recurrence's value one step back (from m₀). Sampled
 * freely, a true step about m_t fails (Adam's bias-corrected m̂_t = g for a constant gradient
 * was ✗ at t = −0.84 with m_{t−1} = −1.55, found by a new user); such a failure proves nothing
 * where the step also uses t as a number, a closed form that only the unrolled values satisfy.
 */
final class RecurrenceMembers {
  private RecurrenceMembers() {}

  /** A free name among {@code names} that a recurrence of {@code ctx} fixes, or null. */
  static String fixedByRecurrence(SymbolicEngine engine, CheckContext ctx, Set<String> names) {
    for (Definition d : ctx.definitions()) {
      for (String s : engine.freeSymbols(d.rhs())) {
        // the engine writes m_t as mt and m_{t-1} as mtm1 (m_{t+1} as mtp1)
        // and only where the step uses the index t itself as a number (β₁ᵗ): a one-step claim
        // (∂h_t/∂h_{t−1}) holds for every state h_{t−1}, so that one is sampled freely
        String index = d.name().substring(d.name().length() - 1);
        if (s.startsWith(d.name()) && s.substring(d.name().length()).matches("[mp]\\d+")
            && names.contains(s) && names.contains(index) && !ctx.defines(s)
            && !ctx.point().containsKey(s)) {
          return LatexNames.readable(s);
        }
      }
    }
    return null;
  }
}
