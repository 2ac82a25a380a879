package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A worked example that states values for quantities the text defines (a GRU's update gate
 * z = σ(a_z), given as z = 0.25) and then computes with them: {@code h = 0.25 · 0.5 + 0.75 ·
 * (−0.5)} was "not checked: the left side depends on [a_z] … values the text does not state".
 * It is read with z at its stated value now; a wrong h is ✗ there, a derivative through z is not
 * read so, and a value that may be rounded (z = 0.88) refutes nothing its rounding allows.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ValueStatedForADefinedQuantityTest extends CheckFixture {
  private static final String GRU = "# GRU\n\nThe update gate is $z = \\sigma(a_z)$ and the "
      + "state is $h = z h_p + (1 - z) c$.\n\n";

  private static StepVerdict lastOn(String numbers, String claim) {
    CheckReport r = checkMarkdown("gru.md", GRU + numbers + "\n\n$$" + claim + "$$\n");
    return claimOnLine(r, 7).verdict();
  }

  @Test
  void aStepInTheStatedValuesIsProvedNamingThem() {
    StepVerdict v = lastOn("Numbers: $h_p = 0.5$, $z = 0.25$ and $c = -0.5$.",
        "h = 0.25 \\cdot 0.5 + 0.75 \\cdot (-0.5)");
    assertThat(v).isInstanceOf(StepVerdict.Proved.class);
    assertThat(v.evidence()).contains("values the text states for quantities it defines")
        .contains("z = 0.25");
  }

  @Test
  void aWrongStepInTheStatedValuesIsStillRefuted() {
    StepVerdict v = lastOn("Numbers: $h_p = 0.5$, $z = 0.25$ and $c = -0.5$.",
        "h = 0.75 \\cdot 0.5 + 0.25 \\cdot (-0.5)");
    assertThat(v).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aDerivativeThroughTheQuantityIsNotReadAtItsValue() {
    StepVerdict v = lastOn("Numbers: $h_p = 0.5$, $z = 0.25$ and $c = -0.5$.",
        "\\frac{\\partial h}{\\partial a_z} = 1 \\cdot 0.25 \\cdot 0.75");
    assertThat(v).isNotInstanceOf(StepVerdict.Refuted.class);
    assertThat(v.evidence()).doesNotContain("quantities it defines");
  }

  @Test
  void aValueWithinTheRoundingOfTheStatedValueIsNotRefuted() {
    StepVerdict v = lastOn("Numbers: $h_p = 1$, $z = 0.88$ and $c = 0$.", "h = 0.8808");
    assertThat(v).isNotInstanceOf(StepVerdict.Refuted.class);
    assertThat(lastOn("Numbers: $h_p = 1$, $z = 0.88$ and $c = 0$.", "h = 0.95"))
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aWholeNumberStatedGivesNoRefutation() {
    StepVerdict v = lastOn("Numbers: $h_p = 2$, $z = 1$ and $c = 0$.", "h = 1.96");
    assertThat(v).isNotInstanceOf(StepVerdict.Refuted.class);
    assertThat(lastOn("Numbers: $h_p = 2$, $z = 1$ and $c = 0$.", "h = 2"))
        .isInstanceOf(StepVerdict.Proved.class);
  }
}
