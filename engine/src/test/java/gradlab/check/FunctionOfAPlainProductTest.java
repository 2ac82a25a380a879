package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code \log 2 \pi \sigma^2} is log(2πσ²) in the texts that write it (the KL of two Gaussians),
 * but was read as log(2)·πσ², and the true step was ✗. Both readings are tried now.
 */
@Timeout(60)
class FunctionOfAPlainProductTest extends gradlab.symbolic.EngineFixture {
  @Test
  void aLogBeforePlainFactorsIsNotRefutedWhereTheWholeProductReadingHolds() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Let $s > 0$.\n\n$$\\frac{1}{2} (1 + "
        + "\\log 2 \\pi s^2) = \\frac{1}{2} + \\frac{1}{2}\\log(2 \\pi s^2)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aStepThatFailsUnderBothReadingsIsStillRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Let $s > 0$.\n\n$$\\log 2 \\pi s^2 = "
        + "\\log 2 + \\log \\pi + \\log s$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
