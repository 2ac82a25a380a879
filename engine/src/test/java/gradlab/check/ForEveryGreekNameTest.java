package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "for every $\theta$" quantified only a Latin letter: Sutton and Barto's "Their expectation
 * under the policy is zero for every $\theta$:" left θ unquantified, so the eligibilities' sum
 * with its sign slipped was "holds only for values the text does not state". A Greek letter's
 * command is a name the sentence quantifies as x is; without the words the equation in θ stays
 * not checked.
 */
@Timeout(120)
class ForEveryGreekNameTest extends gradlab.symbolic.EngineFixture {
  private static final String EVERY = "Their expectation is zero for every $\\theta$:\n\n";

  @Test
  void theExpectedEligibilityIsProvedZero() {
    CheckReport r = FixturePair.checkMarkdown(engine, EVERY
        + "$$\\sigma(\\theta)(1 - \\sigma(\\theta)) + (1 - \\sigma(\\theta))(-\\sigma(\\theta))"
        + " = 0$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void theExpectedEligibilityWithItsSignSlippedIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, EVERY
        + "$$\\sigma(\\theta)(1 - \\sigma(\\theta)) + (1 - \\sigma(\\theta))\\sigma(\\theta)"
        + " = 0$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void anEquationInThetaWithoutTheWordsIsNotRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Their expectation is zero:\n\n"
        + "$$\\sigma(\\theta)(1 - \\sigma(\\theta)) + (1 - \\sigma(\\theta))\\sigma(\\theta)"
        + " = 0$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
