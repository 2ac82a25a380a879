package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Bishop's posterior variance restated from its precision (2.142): σ_N was never defined, so
 * the restatement was "not checked" and a wrong denominator never located. The restatement is
 * now checked against the reciprocal of the earlier claim ({@link ReciprocalPremises}).
 */
@Timeout(120)
class ReciprocalPremisesTest extends gradlab.symbolic.EngineFixture {
  private static final String PRECISION = "# Posterior\n\n"
      + "$$\\frac{1}{\\sigma_N^2} = \\frac{1}{\\sigma_0^2} + \\frac{N}{\\sigma^2}$$\n\n"
      + "so the posterior variance is\n\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aVarianceWithTheWrongDenominatorIsRefutedAtItsLine() {
    CheckReport r = check(PRECISION + "$$\\sigma_N^2 = \\frac{\\sigma_0^2 \\sigma^2}{\\sigma_0^2 "
        + "+ N \\sigma^2}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).as(r.render()).isEqualTo(7);
  }

  @Test
  void theTrueVarianceFollowsFromThePrecision() {
    CheckReport r = check(PRECISION + "$$\\sigma_N^2 = \\frac{\\sigma_0^2 \\sigma^2}{N "
        + "\\sigma_0^2 + \\sigma^2}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aPrecisionInAnotherSectionIsNoPremise() {
    CheckReport r = check(PRECISION + "# Another model\n\nthe posterior variance is\n\n$$\\sigma_N^2 = \\frac{\\sigma_0^2 "
        + "\\sigma^2}{\\sigma_0^2 + N \\sigma^2}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aHugeExactPowerIsNotEvaluatedToLookForAReciprocal() {
    // d2l's coin: log((1/2)^{1000000000}) was evaluated here before its guard said "not
    // checked"; the exact power outlasted the budget and restarted the engine
    int before = engine.generation();
    CheckReport r = check("$$\\log((1/2)^{1000000000}) = 1000000000\\cdot\\log(1/2)$$\n");

    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(engine.generation()).as("restarts of the engine").isEqualTo(before);
  }
}
