package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Adam's second step: "$\beta_2 = 0.999$" is stated, and "$\frac{0.004996}{1 - 0.999^2} \approx
 * 4.5$" was ✓ "with the rounded values the text computed before: 0.999 (line 1)": the stated
 * parameter was read as [0.9985, 0.9995], which puts 1 − 0.999² anywhere in [0.001, 0.003], so any
 * value from 1.7 to 5.0 was proved, with ≈ and with = (user35). A stated value is exact; only a
 * result the text computed (0.004996 here) is carried to its digits, so the true 2.4992 is still
 * proved.
 */
@Timeout(120)
class StatedParameterNotCarriedAsRoundedTest extends CheckFixture {
  private static StepVerdict verdictOf(String rel, String value) {
    CheckReport r = checkMarkdown("adam.md", "**Problem 4.** Adam with $\\beta_1 = 0.9$, "
        + "$\\beta_2 = 0.999$ and $g_2 = 1$.\n\n$$v_2 = 0.999 \\cdot 0.004 + 0.001 \\cdot 1 = "
        + "0.004996$$\n\nso $\\hat v_2 = \\frac{0.004996}{1 - 0.999^2} " + rel + " " + value
        + "$.\n");
    return claimOnLine(r, 5).verdict();
  }

  @Test
  void theTrueBiasCorrectedMomentIsProved() {
    assertThat(verdictOf("\\approx", "2.4992")).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongValueIsNotProvedByReadingTheStatedBetaAsRounded() {
    assertThat(verdictOf("\\approx", "4.5")).isNotInstanceOf(StepVerdict.Proved.class);
    assertThat(verdictOf("=", "4.5")).isInstanceOf(StepVerdict.Refuted.class);
  }
}
