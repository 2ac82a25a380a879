package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * π given a number that cannot be the constant (a mixing weight π = 0.3) is the text's quantity
 * ({@link TextPi}): a true {@code \pi x = 0.6} at π = 0.3, x = 2 was refuted with π read as
 * 3.14159…, and in plain text the line {@code π = 0.3} itself was refuted. π = 3.14 stays the
 * constant recalled.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PiGivenANumberIsTheTextsQuantityTest extends CheckFixture {
  private static final String MIXTURE = "Let the mixing weight be $\\pi = 0.3$ and $x = 2$.\n\n";

  @Test
  void aTrueStepThroughAMixingWeightPiIsProved() {
    CheckReport r = checkMarkdown("mixing-weight-pi.md", MIXTURE + "$$\\pi x = 0.6$$\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongStepThroughAMixingWeightPiIsRefutedAtItsValue() {
    CheckReport r = checkMarkdown("mixing-weight-pi-wrong.md", MIXTURE + "$$\\pi x = 0.7$$\n");
    StepResult s = claimOnLine(r, 3);
    assertThat(s.verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
    assertThat(s.verdict().toString()).as(r.render()).contains("left = 0.6");
  }

  @Test
  void aPlainMixingWeightPiIsAPointNotARefutedClaim() {
    CheckReport r = checkText("mixing-weight-pi.txt", "π = 0.3\nx = 2\nπ*x = 0.6\n");
    assertThat(r.render()).doesNotContain("✗");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongPlainStepThroughAMixingWeightPiIsRefuted() {
    CheckReport r = checkText("mixing-weight-pi-wrong.txt", "π = 0.3\nx = 2\nπ*x = 0.7\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void piRecalledAsThreePointOneFourStaysTheConstant() {
    CheckReport r = checkMarkdown("pi-recalled.md",
        "Recall $\\pi = 3.14$ and let $r = 2$.\n\n$$\\pi^2 r = 19.74$$\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }
}
