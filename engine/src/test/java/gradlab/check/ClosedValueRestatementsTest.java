package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An answer key gives its values, defines h = tanh(w₁x), then under "**Part (a).**" writes
 * "$h = \tanh(0.6) \approx 0.537$": that was taken as a new meaning of h (the constant
 * tanh 0.6), and every later derivative through h was "not checked: w₁ occurs nowhere in the
 * definitions". A formula of numbers alone given to a defined name is its value, as a plain
 * number is, never a new definition.
 */
@Timeout(60)
class ClosedValueRestatementsTest extends gradlab.symbolic.EngineFixture {
  private static final String KEY = "**Given.** $x = 1.5$, $w_1 = 0.4$, $w_2 = -0.8$, and\n"
      + "$$h = \\tanh(w_1 x), \\qquad \\hat{y} = w_2 h.$$\n\n"
      + "**Part (a).** Forward pass: $h = \\tanh(0.6) \\approx 0.537$.\n\n";

  @Test
  void aDerivativeThroughTheNameIsStillCheckedAfterItsValue() {
    CheckReport r = FixturePair.checkMarkdown(engine, KEY
        + "$$\\frac{\\partial \\hat y}{\\partial w_1} = w_2 \\,(1 - h^2)\\, x$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aDroppedChainFactorAfterTheValueIsRefutedAtItsLine() {
    CheckReport r = FixturePair.checkMarkdown(engine, KEY
        + "$$\\frac{\\partial \\hat y}{\\partial w_1} = w_2 \\,(1 - h^2)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(6));
  }
}
