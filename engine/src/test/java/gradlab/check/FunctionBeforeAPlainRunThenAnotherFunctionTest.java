package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code \cos m\theta \cos n\theta} is cos(mθ)·cos(nθ) in the texts that write it (RoFormer's
 * rotary position embedding), but a function's unbracketed argument took its plain factors
 * only where nothing else followed in the term; before another function it was the first
 * factor alone, cos(m)·θ·cos(n)·θ, and the true angle-difference identity was ✗ (held25).
 * The run of plain factors up to the next function, relation or other item is now read as the
 * argument, the first factor alone as the other reading.
 */
@Timeout(60)
class FunctionBeforeAPlainRunThenAnotherFunctionTest extends gradlab.symbolic.EngineFixture {
  @Test
  void anAngleDifferenceWrittenWithoutBracketsIsNotRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, "$$\\cos m\\theta \\cos n\\theta + "
        + "\\sin m\\theta \\sin n\\theta = \\cos((m - n)\\theta)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aBareArgumentBeforeAnExplicitProductIsNotRefutedWhereTheRunReadingHolds() {
    CheckReport r = FixturePair.checkMarkdown(engine, "$$\\sin m\\theta \\cdot 2 = 2 \\sin(m \\theta)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void anAngleSumWrittenForADifferenceIsStillRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, "$$\\cos m\\theta \\cos n\\theta + "
        + "\\sin m\\theta \\sin n\\theta = \\cos((m + n)\\theta)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aProductOfTwoFunctionsOfOneFactorStaysOneReading() {
    CheckReport r = FixturePair.checkMarkdown(engine, "$$\\sin x \\cos x = \\frac{1}{2} "
        + "\\sin(2x)$$\n");
    assertThat(r.steps()).as(r.render()).anyMatch(s -> s.verdict() instanceof StepVerdict.Proved);
  }
}
