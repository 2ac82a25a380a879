package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A teacher's answer key defines {@code L(w) = (w x - y)^2} in Q3 and {@code Let $L = (\sigma(w
 * x) - y)^2$} in Q4. The second line was "not checked: L is a function the text defines", L kept
 * Q3's meaning, and Q4's true gradient was refuted against it. Now a formula announced for the
 * function's name defines it anew; a number given to it stays not checked.
 */
@Timeout(120)
class FunctionNameDefinedAnewInALaterPartTest extends CheckFixture {
  private static final String Q3 = "**Q3.** Let $L(w) = (w x - y)^2$. Then\n\n"
      + "$$\\frac{dL}{dw} = 2(w x - y) x$$\n\n";

  private static StepResult q4(String prose, String gradient) {
    CheckReport r = checkMarkdown("key.md", Q3 + "**Q4.** " + prose
        + " $L = (\\sigma(w x) - y)^2$.\n\n$$\\frac{\\partial L}{\\partial w} = " + gradient
        + "$$\n");
    return claimOnLine(r, 7);
  }

  @Test
  void aTrueGradientOfTheNewLossInTheNextQuestionIsProved() {
    StepResult s = q4("Let", "2(\\sigma(w x) - y)\\sigma(w x)(1 - \\sigma(w x)) x");
    assertThat(s.verdict()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aDroppedChainFactorOfTheNewLossIsRefutedAtItsLine() {
    StepResult s = q4("Let", "2(\\sigma(w x) - y)\\sigma(w x)(1 - \\sigma(w x))");
    assertThat(s.verdict()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aNumberGivenToTheFunctionsNameIsStillNotChecked() {
    CheckReport r = checkMarkdown("key.md", Q3 + "Now let $L = 0.5$.\n");
    assertThat(claimOnLine(r, 5).verdict()).isInstanceOf(StepVerdict.NotChecked.class);
  }
}
