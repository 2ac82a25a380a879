package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import org.junit.jupiter.api.Test;

/**
 * A chain rule over numbered members of a recurrence (∂s₃/∂s₁ after s_t = tanh(Ux_t + Ws_{t−1}))
 * with a wrong member in a factor: it was "not checked, s₁ occurs nowhere in the definitions";
 * it is checked with the recurrence written out from the lowest member the step names.
 */
class WrongMembersInARecurrenceChainTest extends EngineFixture {
  private static final String RECURRENCE = "The hidden state is\n\n"
      + "$$s_t = \\tanh(U x_t + W s_{t-1})$$\n\n";

  private static StepResult claim(String claim) {
    return FixturePair.lastClaim(FixturePair.checkMarkdown(
        EngineFixture.engine, RECURRENCE + "For example, $$" + claim + "$$\n"));
  }

  @Test
  void aFactorWithTheWrongMembersIsRefuted() {
    StepResult r = claim("\\frac{\\partial s_3}{\\partial s_1} = \\frac{\\partial s_3}"
        + "{\\partial s_2}\\frac{\\partial s_1}{\\partial s_0}");
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void theTrueChainOverTheMembersIsNotRefuted() {
    StepResult r = claim("\\frac{\\partial s_3}{\\partial s_1} = \\frac{\\partial s_3}"
        + "{\\partial s_2}\\frac{\\partial s_2}{\\partial s_1}");
    assertThat(r.verdict()).as(r.toString()).isNotInstanceOf(StepVerdict.Refuted.class)
        .isNotInstanceOf(StepVerdict.NotChecked.class);
  }

  @Test
  void theTrueUnrolledProductIsNotRefutedAndNotProvedForVectors() {
    StepResult r = claim("\\frac{\\partial s_2}{\\partial s_0} = (1 - s_2^2) W (1 - s_1^2) W");
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Unknown.class);
  }

  @Test
  void membersOfARecurrenceTheTextDoesNotDefineStayNotChecked() {
    StepResult r = FixturePair.lastClaim(FixturePair.checkMarkdown(EngineFixture.engine,
        "For example, $$\\frac{\\partial s_3}{\\partial s_1} = \\frac{\\partial s_3}"
        + "{\\partial s_2}\\frac{\\partial s_1}{\\partial s_0}$$\n"));
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.NotChecked.class);
  }
}
