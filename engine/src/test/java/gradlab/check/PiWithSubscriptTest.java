package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * π with a subscript is a quantity (the Gumbel-softmax's class probabilities π_i, a mixture's
 * π_k), not 3.14…: "\log(\pi_i)" was "cannot read: unexpected '_'". π alone stays the constant.
 */
@Timeout(60)
class PiWithSubscriptTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aSubscriptedPiIsAVariableSoAWrongStepIsRefuted() {
    CheckReport r = check("$$h = \\log\\pi_1 - \\log\\pi_2$$\n\n$$h = \\log(\\pi_1 \\pi_2)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aSubscriptedPiIsAVariableSoATrueStepIsProved() {
    CheckReport r = check("$$h = \\log\\pi_1 - \\log\\pi_2$$\n\n$$h = \\log(\\pi_1/\\pi_2)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void piAloneIsStillTheConstant() {
    CheckReport r = check("$$\\sin(\\pi/2) = 1$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }
}
