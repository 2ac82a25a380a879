package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Momentum and RMSProp worked by hand: a member written with numbers (v₂ = 0.9·2 + 2) was read
 * as a new definition, so the gradient of the wrong step put in was never found. Each member is
 * now checked against the recurrence at its index, with the values the text stated.
 */
@Timeout(120)
class RecurrenceValuesTest extends gradlab.symbolic.EngineFixture {
  private static final String MOMENTUM = "Momentum: $v_t = \\beta v_{t-1} + g_t$ with "
      + "$\\beta = 0.9$ and $v_0 = 0$.\n\nWith gradients $g_1 = 2$ and $g_2 = 1$:\n\n"
      + "$$v_1 = 0.9 \\cdot 0 + 2 = 2$$\n\n";
  private static final String RMSPROP = "RMSProp keeps $s_t = \\gamma s_{t-1} + (1 - \\gamma) "
      + "g_t^2$ with $\\gamma = 0.9$, $s_0 = 0$.\n\nWith $g_1 = 1$ and $g_2 = 2$, $s_1 = 0.1$ and ";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void momentumMembersWorkedWithTheRightGradientsAreProved() {
    CheckReport r = check(MOMENTUM + "$$v_2 = 0.9 \\cdot 2 + 1 = 2.8$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("\\beta v_{1} + g_{2} = 0.9 \\cdot 2 + 1");
  }

  @Test
  void aMomentumMemberWithTheFirstStepsGradientIsRefutedAtItsLine() {
    CheckReport r = check(MOMENTUM + "$$v_2 = 0.9 \\cdot 2 + 2 = 3.8$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).as(r.render()).isEqualTo(7);
  }

  @Test
  void rmsPropMembersWithTheSquaredGradientAreProved() {
    CheckReport r = check(RMSPROP + "$s_2 = 0.9 \\cdot 0.1 + 0.1 \\cdot 4 = 0.49$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void anRmsPropMemberThatForgetsTheSquareIsRefutedAtItsLine() {
    CheckReport r = check(RMSPROP + "$s_2 = 0.9 \\cdot 0.1 + 0.1 \\cdot 2 = 0.29$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).as(r.render()).isEqualTo(3);
  }

  @Test
  void aMemberWhoseGradientTheTextNeverStatesAddsNoVerdict() {
    CheckReport r = check("Momentum $v_t = 0.9 v_{t-1} + g_t$ with $v_0 = 0$.\n\n"
        + "$$v_1 = 2$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
