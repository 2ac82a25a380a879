package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "The two pieces meet at $|x| = 1$", then a wrong derivative: the refutation at a random x was
 * held back as "it fails only where the value the text states does not hold", though the step
 * fails at x = 1 and at x = −1, every point the statement allows (held19's smooth L1). It is
 * refuted there; a step that holds at one of them stays unrefuted, and a true one is proved.
 */
@Timeout(300)
class FailsAtTheRootsOfAStatedValueTest extends CheckFixture {
  private static final String MEET = "The two pieces meet at $|x| = 1$, since "
      + "$0.5 \\cdot 1^2 = 1 - 0.5$. Their derivatives are\n\n";

  @Test
  void aStepFalseAtEveryRootOfTheStatementIsRefuted() {
    CheckReport r = checkMarkdown("t.md", MEET + "$$\\frac{d}{dx} \\left( 0.5 x^2 \\right) = 0.5 x$$\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void theTrueDerivativeIsNotRefuted() {
    CheckReport r = checkMarkdown("t.md", MEET + "$$\\frac{d}{dx} \\left( 0.5 x^2 \\right) = x$$\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aStepThatHoldsAtOneRootIsNotRefuted() {
    CheckReport r = checkMarkdown("t.md", MEET + "$$x^3 = x^2$$\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render())
        .isNotInstanceOf(StepVerdict.Refuted.class);
  }
}
