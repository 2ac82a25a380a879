package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * After "Hence in general $v_t = \sum_{k=1}^{t} \beta^{t-k} g_k$" (a new definition of v_t the
 * reader cannot read), the true $v_t = g \sum_{k=0}^{t-1} \beta^k$ was written out over t with
 * the old recurrence and no v₀, and refuted at v₀ = −1.93 although the text states v₀ = 0
 * (found by a lecturer). A step that uses the unread v_t is not checked, as the note promises.
 */
@Timeout(60)
class UnreadFamilyStatementTest extends gradlab.symbolic.EngineFixture {
  private static final String RECURRENCE =
      "$$v_t = \\beta v_{t-1} + g_t, \\qquad v_0 = 0 .$$\n\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aClosedFormAfterAnUnreadGeneralFormulaIsNotCheckedNeverRefuted() {
    CheckReport r = check(RECURRENCE
        + "Hence in general $v_t = \\sum_{k=1}^{t} \\beta^{t-k} g_k$.\n\n"
        + "For a constant gradient $g_k = g$:\n\n$$v_t = g \\sum_{k=0}^{t-1} \\beta^k$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("given a new definition on line 3");
  }

  @Test
  void aWrongClosedFormWithoutTheUnreadFormulaIsStillRefuted() {
    CheckReport r = check(RECURRENCE
        + "For a constant gradient $g_k = g$:\n\n$$v_t = g \\sum_{k=0}^{t} \\beta^k$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
