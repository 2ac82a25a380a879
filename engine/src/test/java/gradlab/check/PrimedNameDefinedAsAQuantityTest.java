package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A primed name the text defines as a quantity of its own, Loshchilov and Hutter's
 * {@code \lambda' = \frac{\lambda}{\alpha}}: the reader reads {@code \lambda'\theta} as λ′·θ, no
 * derivative of λ, yet every refutation at a point giving λ a value was "λ′(…) is not read here",
 * so their proof with α dropped from {@code \alpha\lambda'\theta} was not located. A prime the
 * reader may take for a derivative (an applied {@code g'(x)}, an undefined λ′) is guarded still.
 */
@Timeout(120)
class PrimedNameDefinedAsAQuantityTest extends gradlab.symbolic.EngineFixture {
  private static final String RATE = "Let $\\lambda' = \\frac{\\lambda}{\\alpha}$.\n\n";

  @Test
  void theDecayTermThroughThePrimedRateIsProved() {
    CheckReport r = FixturePair.checkMarkdown(engine, RATE
        + "$$\\theta - \\alpha\\lambda'\\theta = \\theta - \\lambda\\theta$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void theDecayTermWithTheLearningRateDroppedIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, RATE
        + "$$\\theta - \\alpha\\lambda'\\theta = \\theta - \\lambda'\\theta$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aPrimedNameTheTextDoesNotDefineIsNeverRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Let $\\lambda = 2$.\n\n"
        + "$$\\lambda'\\theta = \\lambda\\theta + \\theta$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void anAppliedPrimeBesideTheDefinedNameIsGuardedStill() {
    CheckReport r = FixturePair.checkMarkdown(engine, RATE
        + "$$\\lambda'(\\theta) = \\lambda\\theta$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
