package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code \lfloor x \rfloor} and {@code \lceil x \rceil} were "cannot read: \lfloor", so the
 * worked values of Smith's cyclical learning rate were not checked and a wrong one went
 * unnoticed (held25). They are Floor and Ceiling now.
 */
@Timeout(60)
class FloorAndCeilingBracketsTest extends gradlab.symbolic.EngineFixture {
  @Test
  void aTrueFloorOfAWorkedValueIsProved() {
    CheckReport r = FixturePair.checkMarkdown(engine, "$$\\left\\lfloor 1 + \\frac{1000}{2 "
        + "\\cdot 2000} \\right\\rfloor = \\lfloor 1.25 \\rfloor = 1$$\n");
    assertThat(r.steps().stream().filter(StepResult::isClaim)).as(r.render()).hasSize(2)
        .allMatch(s -> s.verdict() instanceof StepVerdict.Proved);
  }

  @Test
  void aFloorTakenAsTheNextIntegerIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, "$$\\left\\lfloor 1 + \\frac{5000}{4000} "
        + "\\right\\rfloor = 3$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aCeilingOfAConvolutionsOutputSizeIsProved() {
    CheckReport r = FixturePair.checkMarkdown(engine, "$$\\lceil \\frac{7 - 3}{2} \\rceil + 1 "
        + "= 3$$\n");
    assertThat(r.steps().stream().filter(StepResult::isClaim)).as(r.render())
        .allMatch(s -> s.verdict() instanceof StepVerdict.Proved);
  }

  @Test
  void aFloorWithoutItsClosingBracketIsNotChecked() {
    CheckReport r = FixturePair.checkMarkdown(engine, "$$\\lfloor 1.25 = 1$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
