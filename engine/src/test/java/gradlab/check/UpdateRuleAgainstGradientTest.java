package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An update rule written after the text computed ∂L/∂w is checked against it: its step must be
 * −η times that gradient. A planted slip in a weight-decay factor (1 − ηλ/2 for 1 − ηλ) was never
 * found, because a rule was only ever an assignment. A rule with names of its own (Adam's m and
 * v) and a rule whose gradient the text never computed stay unchecked assignments.
 */
@Timeout(120)
class UpdateRuleAgainstGradientTest extends gradlab.symbolic.EngineFixture {
  private static final String LOSS = "Let $L = \\frac12 (w x - y)^2$.\n\n"
      + "$$\\frac{\\partial L}{\\partial w} = (wx - y)x$$\n\n";
  private static final String DECAY = "With weight decay the objective is\n\n"
      + "$$J = \\frac12 (w x - y)^2 + \\frac{\\lambda}{2} w^2$$\n\n"
      + "$$\\frac{\\partial J}{\\partial w} = (wx - y)x + \\lambda w$$\n\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aRuleWhoseStepIsMinusEtaTimesTheComputedGradientIsProved() {
    CheckReport r = check(LOSS + "The update is\n\n$$w \\leftarrow w - \\eta (wx - y) x$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("the rule's step is −η times the gradient of L");
  }

  @Test
  void aRuleThatDropsTheInputFromTheGradientIsRefutedAtItsLine() {
    CheckReport r = check(LOSS + "The update is\n\n$$w \\leftarrow w - \\eta (wx - y)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).as(r.render()).isEqualTo(7);
  }

  @Test
  void aWeightDecayRuleWithTheRightFactorIsProved() {
    CheckReport r = check(LOSS + DECAY
        + "so\n\n$$w \\leftarrow (1 - \\eta\\lambda) w - \\eta (wx - y) x$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("the rule's step is −η times the gradient of J");
  }

  @Test
  void aWeightDecayRuleWithHalfTheFactorIsRefutedAtItsLine() {
    CheckReport r = check(LOSS + DECAY
        + "so\n\n$$w \\leftarrow (1 - \\frac{\\eta\\lambda}{2}) w - \\eta (wx - y) x$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).as(r.render()).isEqualTo(13);
  }

  @Test
  void anAdamRuleWithMomentsOfItsOwnIsNeverRefuted() {
    CheckReport r = check(LOSS + "Adam updates\n\n"
        + "$$w \\leftarrow w - \\eta \\frac{m}{\\sqrt{v} + \\epsilon}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aRuleWithoutAComputedGradientStaysAnAssignment() {
    CheckReport r = check("Let $L = \\frac12 (w x - y)^2$.\n\n"
        + "$$w \\leftarrow w - \\eta (wx - y)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isZero();
  }
}
