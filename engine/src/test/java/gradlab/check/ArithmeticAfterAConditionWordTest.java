package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Arithmetic after a word that introduces requirements ("needs", "we set") is a claim: it
 * names nothing to require. held34's "The stack needs $$\frac{27}{49} \approx 0.651$$" (27/49
 * is 0.551) was listed as a condition, never checked, and the file reported no claim.
 */
@Timeout(120)
class ArithmeticAfterAConditionWordTest extends gradlab.symbolic.EngineFixture {

  @Test
  void wrongArithmeticAfterNeedsIsRefuted() throws Exception {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "The stack needs $$\\frac{27}{49} \\approx 0.651$$ of the parameters.\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void rightInlineArithmeticAfterNeedsIsProved() throws Exception {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "The stack needs $\\frac{27}{49} \\approx 0.551$ of the parameters.\n");
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aRequirementOnNamesStaysACondition() throws Exception {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "To keep the variance, we need $n \\sigma^2 = 1$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("[condition]");
  }
}
