package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A teacher's homework states the givens in part (a) and does the backward pass in part (b):
 * "**(b)** Backward pass." then "$$\frac{\partial L}{\partial w} \approx (0.7311 - 1)(0.7311)(1 -
 * 0.7311)(2)$$". The part label ends the point, and the ≈ step was "not checked: … values the text
 * does not state here", though the text states them (user40); only = steps were read at the values
 * the text gave before. Now ≈ steps are too: proved with the rounded values the text computed, a
 * dropped factor refuted at the givens, and decimals the text never computed stay not checked.
 */
@Timeout(120)
class ApproximateValueAfterAPartLabelTest extends CheckFixture {
  private static StepResult backwardPass(String forward, String numbers) {
    CheckReport r = checkMarkdown("hw.md", "(a) Given: $w = 0.5$, $x = 2$, $y = 1$, and "
        + "$a = \\sigma(w x)$ with loss $L = \\frac{1}{2}(a - y)^2$.\n\n" + forward + "\n\n"
        + "**(b)** Backward pass.\n\n$$\\frac{\\partial L}{\\partial w} \\approx " + numbers
        + "$$\n");
    return claimOnLine(r, 7);
  }

  @Test
  void aRoundedBackwardPassInPartBIsProvedAtTheGivensOfPartA() {
    StepResult s = backwardPass("Forward pass: $a \\approx 0.7311$.",
        "(0.7311 - 1)(0.7311)(1 - 0.7311)(2)");
    assertThat(s.verdict()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(((StepVerdict.Proved) s.verdict()).how()).contains("w = 0.5 (line 1)");
  }

  @Test
  void aDroppedInputInPartBIsRefutedAtTheGivensOfPartA() {
    StepResult s = backwardPass("Forward pass: $a \\approx 0.7311$.",
        "(0.7311 - 1)(0.7311)(1 - 0.7311)");
    assertThat(s.verdict()).isInstanceOf(StepVerdict.Refuted.class);
    assertThat(((StepVerdict.Refuted) s.verdict()).point()).containsKeys("w", "x", "y");
  }

  @Test
  void decimalsTheTextNeverComputedStayNotCheckedAndSaySo() {
    StepResult s = backwardPass("Forward pass.", "(0.7311 - 1)(0.7311)(1 - 0.7311)(2)");
    assertThat(s.verdict()).isInstanceOf(StepVerdict.NotChecked.class);
    assertThat(((StepVerdict.NotChecked) s.verdict()).reason())
        .contains("rounded values").contains("at the values the text gave before");
  }
}
