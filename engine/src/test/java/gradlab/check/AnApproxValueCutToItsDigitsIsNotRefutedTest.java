package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An answer key's "ŷ ≈ 0.268" for 0.2689 was ✗: after ≈ only rounding was read, though a value
 * cut to its digits is as common a way to write it (e ≈ 2.71). A value that rounding or cutting
 * explains is not refuted; one that neither explains still is ({@link RoundedSteps}).
 */
@Timeout(60)
class AnApproxValueCutToItsDigitsIsNotRefutedTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aValueCutToItsDigitsAfterApproxIsNotRefuted() {
    CheckReport r = check("The output is\n\n$$\\frac{1}{1 + e^{1}} \\approx 0.268$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("cut to its digits rather than rounded");
  }

  @Test
  void aNegativeValueCutTowardZeroAfterApproxIsNotRefuted() {
    CheckReport r = check("The output is\n\n$$-\\frac{1}{1 + e^{1}} \\approx -0.268$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aCutValueAtANamedPointIsNotRefuted() {
    CheckReport r = check("At $z = 1$:\n\n$$\\frac{1}{1 + e^{z}} \\approx 0.268$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aRoundedValueAfterApproxIsStillProved() {
    CheckReport r = check("The output is\n\n$$\\frac{1}{1 + e^{1}} \\approx 0.269$$\n");
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aValueNeitherRoundedNorCutAfterApproxIsStillRefutedAtItsLine() {
    CheckReport r = check("The output is\n\n$$\\frac{1}{1 + e^{1}} \\approx 0.267$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(3);
    assertThat(check("$$e^1 \\approx 2.73$$\n").firstRefuted()).isPresent();
  }
}
