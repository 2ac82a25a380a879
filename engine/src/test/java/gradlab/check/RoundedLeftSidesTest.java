package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Bishop's "$0.11920 \cdot \frac{2 - 0}{1} = 0.23841$": 0.11920 is a rounded intermediate
 * (0.119203), and the product as written, 0.23840, was refuted in a correct file (held17). It
 * is not checked (it holds only if the left's decimals are rounded); a slip larger than the
 * rounding is still refuted.
 */
@Timeout(120)
class RoundedLeftSidesTest extends gradlab.symbolic.EngineFixture {
  @Test
  void aProductOfARoundedIntermediateIsNotRefutedInItsLastDigit() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "$$0.11920 \\cdot \\frac{2 - 0}{1} = 0.23841$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains(RoundedSteps.ROUNDED_ONLY);
  }

  @Test
  void aProductWrongBeyondTheRoundingIsStillRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "$$0.11920 \\cdot \\frac{2 - 0}{1} = 0.24841$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aOneDigitInputStaysExact() {
    CheckReport r = FixturePair.checkMarkdown(engine, "$$0.1 \\cdot 3 = 0.31$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
