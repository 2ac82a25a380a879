package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The SiLU paper's second derivative, {@code \frac{\partial}{\partial z} \left[ \sigma(z)
 * \left(1 + z (1 - \sigma(z))\right) \right]}: the {@code \le} of {@code \left(} was read as ≤,
 * the bracket as an Iverson bracket, and the step was "not checked: the indicator 𝟙 …", so a
 * dropped factor 2 passed unnoticed (held27).
 */
@Timeout(60)
class SizedParenthesisInSquareBracketsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String rhs) {
    return FixturePair.checkMarkdown(engine, "$$\\frac{\\partial}{\\partial z} \\left[ \\sigma(z) "
        + "\\left(1 + z (1 - \\sigma(z))\\right) \\right] = " + rhs + "$$\n");
  }

  @Test
  void aTrueDerivativeOfABracketHoldingASizedParenthesisIsProved() {
    CheckReport r = check("\\sigma(z) (1 - \\sigma(z)) \\left(2 + z (1 - 2 \\sigma(z))\\right)");
    assertThat(r.count(StepVerdict.Proved.class) + r.count(StepVerdict.Unknown.class))
        .as(r.render()).isEqualTo(1);
    assertThat(r.render()).doesNotContain("indicator");
  }

  @Test
  void aDroppedFactorInsideItIsRefuted() {
    CheckReport r = check("\\sigma(z) (1 - \\sigma(z)) \\left(2 + z (1 - \\sigma(z))\\right)");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void anIversonBracketWithLessOrEqualIsStillAnIndicator() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "$$\\frac{d}{dx} (x [x \\le 0]) = [x \\le 0]$$\n");
    assertThat(r.render()).doesNotContain("cannot read");
  }
}
