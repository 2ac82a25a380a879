package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A text that compares two optimizers gives the same state two update rules: Zaheer et al.'s
 * Yogi writes Adam's $v_t = \beta_2 v_{t-1} + (1 - \beta_2) g_t^2$ in prose, then its own rule
 * $$v_t = v_{t-1} - (1 - \beta_2) \mathrm{sign}(v_{t-1} - g_t^2) g_t^2$$ (held32). The second
 * recurrence was checked as a restatement of the first and refuted, and so was every worked value
 * of the new rule after it. A second recurrence for a defined recurrence is read as a new
 * definition (shown not checked, with the difference), and the members after it follow it.
 */
@Timeout(60)
class ASecondUpdateRuleForTheSameStateIsNotRefutedTest extends gradlab.symbolic.EngineFixture {
  private static final String ADAM = "Adam updates $v_t = \\beta_2 v_{t-1} + (1 - \\beta_2) "
      + "g_t^2$ multiplicatively. The other method keeps the sign of the change:\n\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aSecondRecurrenceAndItsWorkedMembersAreNotRefuted() {
    CheckReport r = check(ADAM + "$$v_t = v_{t-1} - (1 - \\beta_2) \\mathrm{sign}(v_{t-1} - "
        + "g_t^2) g_t^2$$\n\nTake $\\beta_2 = 0.9$, $v_0 = 1$ and $g_1 = 0.5$. Then\n\n"
        + "$$v_1 = 1 - 0.1 \\cdot 0.25 = 0.975$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aWrongMemberOfTheSecondRecurrenceIsStillRefuted() {
    CheckReport r = check(ADAM + "$$v_t = v_{t-1} - (1 - \\beta_2) \\mathrm{sign}(v_{t-1} - "
        + "g_t^2) g_t^2$$\n\nTake $\\beta_2 = 0.9$, $v_0 = 1$ and $g_1 = 0.5$. Then\n\n"
        + "$$v_1 = 1 + 0.1 \\cdot 0.25 = 1.025$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(7);
  }
}
