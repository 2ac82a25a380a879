package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Sutton and Barto's gradient bandit (held21b): "$\pi_1(1) = \pi_1(2) = \frac{1}{2}$", the
 * policy at step 1 at actions 1 and 2, was read only as the product π₁·1 = π₁·2 and refuted in a
 * correct file. A subscripted π before a bracket holding one number is read both ways, as any
 * other name is ({@link FunctionValueAtANumberTest}); π₁ that the text makes a number is still
 * a product, and a wrong value of it is still ✗.
 */
@Timeout(300)
class ScriptedPiAtANumberTest extends CheckFixture {
  @Test
  void aPolicyAtAnActionIsNotRefutedAsAProduct() {
    CheckReport r = checkMarkdown("t.md", "# b\n\nThen $\\pi_1(1) = \\pi_1(2) = \\frac{1}{2}$"
        + " and $\\pi_2(2) = 1 - \\pi_2(1)$.\n");
    r.steps().stream().filter(StepResult::isClaim).forEach(s -> assertThat(s.verdict())
        .as(r.render()).isNotInstanceOf(StepVerdict.Refuted.class));
  }

  @Test
  void aQuantityTimesABracketIsStillRefutedWhenWrong() {
    String defined = "# b\n\nLet $\\pi_1 = 0.3$.\n\n";
    CheckReport r = checkMarkdown("t.md", defined + "$$\\pi_1(2) = 0.6$$\n");
    assertThat(claimOnLine(r, 5).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    r = checkMarkdown("t.md", defined + "$$\\pi_1(2) = 0.9$$\n");
    assertThat(claimOnLine(r, 5).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void piAloneIsStillTheConstant() {
    CheckReport r = checkMarkdown("t.md", "# b\n\n$$\\pi(1 + 1) = 2\\pi$$\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }
}
