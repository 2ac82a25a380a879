package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import org.junit.jupiter.api.Test;

/**
 * A display that opens with a point and a colon, Goodfellow's {@code k = 25: \quad α = …}: the
 * point of the row, and the claims after it are read there (the colon was "unexpected ':'").
 */
class DisplayPointLabelTest extends EngineFixture {
  private static final String DECAY = "$$\\alpha = \\frac{k}{\\tau}$$\n\nwith $\\tau = 100$:\n\n";

  @Test
  void aClaimAfterAPointLabelIsProvedThere() {
    StepResult r = FixturePair.lastClaim(FixturePair.checkMarkdown(engine,
        DECAY + "$$k = 25: \\quad \\alpha = 0.25$$\n"));
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongValueAfterAPointLabelIsRefuted() {
    StepResult r = FixturePair.lastClaim(FixturePair.checkMarkdown(engine,
        DECAY + "$$k = 25: \\quad \\alpha = 0.4$$\n"));
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aSecondPointLabelIsANewPointNotAContradiction() {
    CheckReport r = FixturePair.checkMarkdown(engine, DECAY
        + "$$k = 25: \\quad \\alpha = 0.25$$\n\n$$k = 50: \\alpha = 0.5$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }
}
