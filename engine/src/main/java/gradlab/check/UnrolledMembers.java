package gradlab.check;

import gradlab.symbolic.Definition;
import java.util.Set;

/**
 * A member of a recurrence written as a formula of earlier members, "$w_3 = w_0 - \eta(v_1 +
 * v_2)$" after {@code w_t = w_{t-1} - \eta v_t}: checked with every recurrence written out up to
 * the member's index, from the start the text states (v_0 = 0) or from the lowest member the
 * claim writes (w_0). It had been read as a new definition of w₃, so a wrong sum passed as
 * "[definition]" (found by a lecturer).
 */
final class UnrolledMembers {
  private UnrolledMembers() {}

  /** The claim {@code member = value} in the unrolled context, or null where none is read. */
  static StepResult check(DocumentRun run, int line, String member, String value) {
    int k = IndexedFamilies.memberIndex(member);
    if (k < 1 || k > 8) {
      return null;
    }
    String claim = member.strip() + " = " + value;
    Set<String> names = FormulaNames.of(claim, run.reading());
    CheckContext unrolled = run.indexed.at(run, run.ctx, k, names);
    // where the member is not written out anew, the claim would be read against its own new
    // definition (or point) and hold trivially: nothing is decided
    String name = run.read(member);
    if (unrolled == null || name == null || unrolled.point().containsKey(name.strip())
        || definitionOf(unrolled, name.strip()) == null
        || definitionOf(unrolled, name.strip()) == definitionOf(run.ctx, name.strip())) {
      return null;
    }
    return ScratchChains.single(run, line, claim, ctx -> unrolled);
  }

  private static Definition definitionOf(CheckContext ctx, String name) {
    return ctx.definitions().stream().filter(d -> d.name().equals(name)).findFirst()
        .orElse(null);
  }
}
