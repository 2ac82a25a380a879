package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A homework whose part 1 defines the loss L = (h − y)² of a tanh neuron and whose part 7,
 * under its own heading, writes the binary cross-entropy "With p = σ(z), L = −y log p − (1 − y)
 * log(1 − p)" (found by a new user): the new L shares y and z with the old one, so it was
 * refuted as a step, and the true dL/dz = σ(z) − y after it too. After a heading the new part's
 * own L is as admissible a reading as a restatement: not refuted, used by the steps after it,
 * whose wrong versions stay refuted; within one part a second formula is still a step.
 */
@Timeout(120)
class RedefinitionInALaterPartTest extends gradlab.symbolic.EngineFixture {
  private static final String PART_ONE = "## 1. A tanh neuron\n\n"
      + "Let $L = (h - y)^2$ with $h = \\tanh(z)$.\n\n";
  private static final String HEADING = "## 7. BCE through softplus\n\n";
  private static final String BCE = "With $p = \\sigma(z)$,\n"
      + "$$L = -y\\log p - (1-y)\\log(1-p)$$\n"
      + "so $\\frac{dL}{dz} = %s$.\n";
  private static final String CHAIN = "With $p = \\sigma(z)$ and a positive label,\n"
      + "$$L = -\\log p = %s$$\n"
      + "so $\\frac{dL}{dz} = %s$.\n";

  private static CheckReport latex(String typed) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkMarkdown("hw.md", typed);
  }

  @Test
  void aLossDefinedAnewUnderANewHeadingIsNotRefutedAgainstTheOldOne() {
    CheckReport r = latex(PART_ONE + HEADING + BCE.formatted("\\sigma(z) - y"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongGradientOfTheNewLossIsStillRefuted() {
    CheckReport r = latex(PART_ONE + HEADING + BCE.formatted("\\sigma(z) + y"));
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(9));
  }

  @Test
  void aSecondFormulaWithinOnePartIsStillAStep() {
    CheckReport r = latex(PART_ONE + BCE.formatted("\\sigma(z) - y"));
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(6));
  }

  @Test
  void aChainDefiningTheLossAnewChecksItsOtherLinks() {
    CheckReport r = latex(PART_ONE + HEADING + CHAIN.formatted("\\log(1 + e^{-z})",
        "\\sigma(z) - 1"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
    CheckReport wrong = latex(PART_ONE + HEADING + CHAIN.formatted("\\log(1 + e^{z})",
        "\\sigma(z) - 1"));
    assertThat(wrong.firstRefuted()).as(wrong.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(8));
  }
}
