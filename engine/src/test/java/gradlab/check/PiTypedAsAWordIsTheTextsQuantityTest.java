package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The text's π ({@link TextPi}) typed as the word pi, and a π of a text that holds one used as
 * the constant: plain {@code pi = 0.3} then the true {@code pi*2 = 0.6} was refuted (the point
 * bound under the name pi, the claim's pi read as 3.14159…), and {@code \sin(\pi/2) = 1} after
 * {@code \pi = 0.3} was refuted though it is true of the constant: ambiguous, never ✗.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PiTypedAsAWordIsTheTextsQuantityTest extends CheckFixture {

  @Test
  void aTrueStepThroughAPiTypedAsAWordIsProved() {
    CheckReport r = checkText("pi-word.txt", "pi = 0.3\nx = 2\npi*x = 0.6\n");
    assertThat(r.render()).doesNotContain("✗");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongStepThroughAPiTypedAsAWordIsRefuted() {
    CheckReport r = checkText("pi-word-wrong.txt", "pi = 0.3\nx = 2\npi*x = 0.7\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void theConstantRecalledAfterAMixingWeightPiIsNeverRefuted() {
    CheckReport r = checkMarkdown("pi-both.md",
        "Let $\\pi = 0.3$.\n\n$$\\sin(\\pi/2) = 1$$\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.NotChecked.class);
    CheckReport plain = checkText("pi-both.txt", "pi = 0.3\nsin(pi/2) = 1\n");
    assertThat(claimOnLine(plain, 2).verdict()).as(plain.render())
        .isInstanceOf(StepVerdict.NotChecked.class);
  }

  @Test
  void aStepWrongUnderBothReadingsOfPiIsRefuted() {
    CheckReport r = checkMarkdown("pi-both-wrong.md",
        "Let $\\pi = 0.3$.\n\n$$\\sin(\\pi/2) = 0.5$$\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void theTextsPiInACounterexampleIsShownAsPi() {
    assertThat(LatexNames.readable(TextPi.NAME)).isEqualTo("π");
    assertThat(LatexNames.readable(TextPi.NAME + "_k")).isEqualTo("π_k");
  }
}
