package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "so after one step $$w_1 = 0 - 0.1 \cdot (-1.5) = 0.15$$ $$w_2 = 0 - 0.1 \cdot (-1.0) = 0.1$$
 * $$b = …$$": the words announce the update once, for every display right after them. Only the
 * first was read as a new value; w_2 and b were refuted at their old value 0 in a correct file
 * (Jurafsky and Martin's worked SGD step, and Géron's θ_1, held36). A wrong update in the run is
 * still refuted, and later steps are read at the new values.
 */
@Timeout(120)
class UpdateAnnouncedForARunOfDisplaysTest extends gradlab.symbolic.EngineFixture {
  private static final String STEP = "Start at $w_1 = 0$, $w_2 = 0$ and $x = 2$, with "
      + "$\\eta = 0.1$, so after one step\n\n$$w_1 = 0 - 0.1 \\cdot (-1.5) = 0.15$$\n\n"
      + "$$w_2 = 0 - 0.1 \\cdot (-1.0) = %s$$\n\n";

  @Test
  void everyDisplayRightAfterTheAnnouncementIsAnUpdate() {
    CheckReport r = FixturePair.checkMarkdown(engine, STEP.formatted("0.1"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("a new value of w₂");
  }

  @Test
  void aWrongUpdateInTheRunIsStillRefutedAtItsLine() {
    CheckReport r = FixturePair.checkMarkdown(engine, STEP.formatted("-0.1"));
    assertThat(r.firstRefuted().orElseThrow().line()).as(r.render()).isEqualTo(5);
  }

  @Test
  void theStepsAfterTheRunAreReadAtTheNewValues() {
    CheckReport r = FixturePair.checkMarkdown(engine, STEP.formatted("0.1")
        + "and the new weight gives $w_2 x = 0.2$.\n");
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }
}
