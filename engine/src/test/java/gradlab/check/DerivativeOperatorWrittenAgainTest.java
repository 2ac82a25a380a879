package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import org.junit.jupiter.api.Test;

/**
 * {@code \frac{d}{dx}} before a sum that writes the operator again takes the next product only:
 * each term has its own operator (d2l's {@code 3 \frac{d}{dx} x^2-4\frac{d}{dx}x}).
 */
class DerivativeOperatorWrittenAgainTest extends EngineFixture {
  private static StepResult last(String markdown) {
    return FixturePair.lastClaim(FixturePair.checkMarkdown(engine, markdown));
  }

  @Test
  void anOperatorPerTermOfADifferenceIsDecided() {
    // before: "ambiguous notation (d/dx before a sum as the derivative of the next product …)"
    StepResult r = last("$$3 \\frac{d}{dx} x^2-4\\frac{d}{dx}x = 6x-4$$\n");
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void anOperatorPerTermInsideABracketIsDecided() {
    StepResult r = last("$$7 \\left(\\frac{d}{dx}x^3 + \\frac{d}{dx}x\\right) = 7(3x^2 + 1)$$\n");
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongSignWithAnOperatorPerTermIsRefuted() {
    StepResult r = last("$$3 \\frac{d}{dx} x^2-4\\frac{d}{dx}x = 6x+4$$\n");
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void oneOperatorBeforeASumStaysTwoReadings() {
    // d/dx (x² + 3x) = 2x + 3 is one reading, 2x + 3x the other: never ✗
    StepResult r = last("$$\\frac{d}{dx} x^2 + 3x = 2x + 3$$\n");
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.NotChecked.class);
  }
}
