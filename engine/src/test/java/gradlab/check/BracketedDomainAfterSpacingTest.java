package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An inequality in brackets after spacing at the end of a display row, a teacher's
 * {@code \frac{d}{dx} \max(0, x) = 0 \qquad (x < 0)}, states where the formula holds, as
 * {@code \qquad \text{for } x < 0} does; so does {@code = 1, \quad x > 0}. user48: after a row
 * "for x > 0", the true {@code … = 0 \qquad (x < 0)} was refuted at x = 1.75, and (x < 0) with
 * it as a claim.
 */
@Timeout(120)
class BracketedDomainAfterSpacingTest extends gradlab.symbolic.EngineFixture {
  private static final String RELU_ONE =
      "$$\\frac{d}{dx} \\max(0, x) = 1 \\qquad \\text{for } x > 0$$\n\n";

  @Test
  void theReluSlopeForNegativeInputsWithItsDomainInBracketsIsNotRefuted() throws Exception {
    CheckReport r = FixturePair.checkMarkdown(engine,
        RELU_ONE + "$$\\frac{d}{dx} \\max(0, x) = 0 \\qquad (x < 0)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("x < 0   [assumption]");
  }

  @Test
  void aWrongSlopeForNegativeInputsWithItsDomainInBracketsIsRefuted() throws Exception {
    CheckReport r = FixturePair.checkMarkdown(engine,
        RELU_ONE + "$$\\frac{d}{dx} \\max(0, x) = 1 \\qquad (x < 0)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().orElseThrow().line()).isEqualTo(3);
  }

  @Test
  void aDomainAfterACommaAndSpacingIsAnAssumptionBeforeItsFormula() throws Exception {
    CheckReport r = FixturePair.checkMarkdown(engine, RELU_ONE
        + "$$\\frac{d}{dx} |x| = -1, \\quad x < 0$$\n");
    assertThat(r.render()).contains("x < 0   [assumption]");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aDomainAfterACommaIsAssumedBeforeItsFormula() throws Exception {
    CheckReport r = FixturePair.checkMarkdown(engine, RELU_ONE
        + "$$\\frac{d}{dx} |x| = -1, x < 0$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
