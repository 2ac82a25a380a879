package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Gradient descent by hand: the second step was refuted at the first step's weight though the
 * text said "the new weight is … 0.45" (found by a new user). Each way of writing the update
 * moves the weight; a step that holds only at the old weight is not checked, and a slip false
 * at both weights is still refuted at its line.
 */
@Timeout(120)
class GradientDescentIterationsTest extends gradlab.symbolic.EngineFixture {
  private static final String GIVEN = "Let $L = \\frac12 (w x - y)^2$ with $x = 2$, $y = 1$, "
      + "$w = 0.8$, learning rate $\\eta = 0.1$.\n\n";
  private static final String FIRST = "$\\frac{\\partial L}{\\partial w} = (wx - y)x = 1.2$, so ";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  private static int line(CheckReport r) {
    return r.firstRefuted().orElseThrow(() -> new AssertionError(r.render())).line();
  }

  @Test
  void secondStepAfterTheNewWeightIsReadAtTheNewWeight() {
    CheckReport r = check(GIVEN + FIRST + "$\\Delta w = -\\eta \\frac{\\partial L}{\\partial w}"
        + " = -0.12$ and the new weight is $w + \\Delta w = 0.68$.\n\n"
        + "Second step: $\\frac{\\partial L}{\\partial w} = 0.72$, $\\Delta w = -0.072$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isGreaterThanOrEqualTo(6);
  }

  @Test
  void secondStepAfterAnArrowUpdateIsReadAtTheAssignedWeight() {
    CheckReport r = check(GIVEN + FIRST + "$w \\leftarrow 0.8 - 0.1 \\cdot 1.2 = 0.68$.\n\n"
        + "Second step: $\\frac{\\partial L}{\\partial w} = 0.72$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).doesNotContain("which value");
  }

  @Test
  void secondStepAfterAColonEqualsUpdateIsReadAtTheNewWeight() {
    CheckReport r = check(GIVEN + FIRST + "the update gives $w := 0.68$.\n\n"
        + "Next iteration: $\\frac{\\partial L}{\\partial w} = 0.72$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aSlipInTheSecondStepFalseAtBothWeightsIsRefutedAtItsLine() {
    CheckReport r = check(GIVEN + FIRST + "$w \\leftarrow 0.8 - 0.1 \\cdot 1.2 = 0.68$.\n\n"
        + "Second step: $\\frac{\\partial L}{\\partial w} = 0.27$.\n");
    assertThat(line(r)).as(r.render()).isEqualTo(5);
  }

  @Test
  void aWrongUpdateArithmeticIsRefutedAtItsLine() {
    CheckReport r = check(GIVEN + FIRST + "$w \\leftarrow 0.8 - 0.1 \\cdot 1.2 = 0.58$.\n");
    assertThat(line(r)).as(r.render()).isEqualTo(3);
  }

  @Test
  void aStepThatHoldsOnlyAtTheOldWeightIsNotChecked() {
    CheckReport r = check(GIVEN + FIRST + "$w \\leftarrow 0.8 - 0.1 \\cdot 1.2 = 0.68$.\n\n"
        + "Then $\\frac{\\partial L}{\\partial w} = 1.2$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("was updated on line 3").contains("which value");
  }

  @Test
  void aNewNameForTheUpdatedWeightLeavesAStepAtEitherWeightUnrefuted() {
    CheckReport r = check(GIVEN + FIRST + "so $$w^{+} = w - \\eta \\frac{\\partial L}{\\partial w}"
        + " = 0.68$$\n\nWith it, $\\frac{\\partial L}{\\partial w} = 0.72$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("which value");
  }

  @Test
  void aPointRestatedAfterOneStepIsTheNewWeight() {
    CheckReport r = check(GIVEN + FIRST + "after one step $w = 0.68$.\n\n"
        + "Now $\\frac{\\partial L}{\\partial w} = 0.72$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).doesNotContain("which value");
  }

  @Test
  void aSumWithoutWordsOfAnUpdateDoesNotMoveThePoint() {
    CheckReport r = check("Let $x = 2$; then $x + 1 = 3$.\n\n$$x^2 = 9$$\n");
    assertThat(line(r)).as(r.render()).isEqualTo(3);
  }
}
