package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The CS231n notes' "Setting the zero padding to $P = (F - 1)/2$ when the stride is $S = 1$",
 * then "stride $S = 4$ and no zero padding $P = 0$": the second P was refuted at F = 11 against
 * the first (held27). A definition stated under a condition on a point no longer holds once the
 * point has another value; a value while the condition holds is still checked.
 */
@Timeout(60)
class ConditionalDefinitionTest extends gradlab.symbolic.EngineFixture {
  private static final String CONDITIONED = "Setting the padding to $P = (F - 1)/2$ when the "
      + "stride is $S = 1$ keeps the size:\n\n$$W - F + 2 \\cdot \\frac{F - 1}{2} + 1 = W$$\n\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aValueGivenAfterTheConditionsPointChangedIsNeverRefuted() {
    CheckReport r = check(CONDITIONED + "The first layer used $F = 11$, stride $S = 4$ and no "
        + "zero padding $P = 0$:\n\n$$\\frac{227 - 11}{4} + 1 = 55$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("a new value of P");
  }

  @Test
  void aWrongValueWhileTheConditionHoldsIsStillRefuted() {
    CheckReport r = check(CONDITIONED + "With $F = 11$ and $S = 1$ the padding is $P = 4$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
