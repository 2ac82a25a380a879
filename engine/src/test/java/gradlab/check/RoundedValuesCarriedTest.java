package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A worked example rounds a value and carries it (found by a new user): ŷ = h w + 0.5 = 1.1300
 * with h ≈ 0.900 was ✓, and the next ŷ − y = 0.1300 was ✗ against the unrounded σ(2.2). A step
 * that fails against the exact definitions but holds with the values the text computed is now
 * proved with them, and says so; a wrong carried value is still refuted.
 */
@Timeout(60)
class RoundedValuesCarriedTest extends gradlab.symbolic.EngineFixture {
  private static final String FORWARD = "Given $w = 0.7$, $y = 1$.\n\n"
      + "$h = \\sigma(2.2) \\approx 0.900$, so $\\hat y = h w + 0.5 = 0.900 \\cdot 0.7 + 0.5 = "
      + "1.1300$.\n\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aRoundedValueCarriedToTheNextStepIsProvedWithIt() {
    CheckReport r = check(FORWARD + "Then $\\hat y - y = 0.1300$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("with the values computed earlier");
  }

  @Test
  void aWrongValueAfterTheCarriedOneIsStillRefuted() {
    CheckReport r = check(FORWARD + "Then $\\hat y - y = 0.1500$.\n");
    assertThat(r.firstRefuted().orElseThrow().line()).as(r.render()).isEqualTo(5);
  }

  @Test
  void aWordSuperscriptLabelsTheUpdatedValue() {
    CheckReport r = check("Given $w_7 = 0.7$.\n\n$w_7^{new} = 0.7 - 0.2 \\cdot 0.2444 = 0.6511$.\n");
    assertThat(r.count(StepVerdict.NotChecked.class)).as(r.render()).isZero();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }
}
