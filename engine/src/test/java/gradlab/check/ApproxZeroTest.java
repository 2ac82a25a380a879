package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** "≈ 0" means negligible, not "rounds to the integer 0": σ′(0) ≈ 0 was proved (0.25). */
@Timeout(60)
class ApproxZeroTest extends gradlab.symbolic.EngineFixture {
  private static StepVerdict verdictOf(String markdown) {
    CheckReport r = FixturePair.checkMarkdown(engine, markdown);
    return r.steps().stream().filter(StepResult::isClaim).findFirst().orElseThrow().verdict();
  }

  @Test
  void aQuarterIsNotShownAsApproximatelyZero() {
    StepVerdict v = verdictOf("The sigmoid saturates: $\\sigma'(0) \\approx 0$.\n");
    assertThat(v).isInstanceOf(StepVerdict.NotChecked.class);
    assertThat(((StepVerdict.NotChecked) v).reason()).contains("how small is meant");
  }

  @Test
  void aValueBelowHalfAHundredthIsApproximatelyZero() {
    assertThat(verdictOf("$$\\sigma(-10) \\approx 0$$\n"))
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aValueThatRoundsToAnotherIntegerIsRefuted() {
    assertThat(verdictOf("$$\\sigma(2) \\approx 0$$\n")).isInstanceOf(StepVerdict.Refuted.class);
  }
}
