package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A parameter inside a piecewise function whose range the text does not state (issue 12,
 * fix18): a step that holds for one range of it is never refuted at a value in another; a slip
 * that fails for every value still is.
 */
@Timeout(300)
class UnstatedParameterRangeFixturesTest extends gradlab.symbolic.EngineFixture {
  private static final String LEAKY = "For leaky ReLU with slope $\\alpha$ for $x<0$: ";

  private static CheckReport check(String markdown) {
    return new DocumentChecker(engine, Duration.ofSeconds(30)).checkMarkdown("t.md", markdown);
  }

  private static StepVerdict last(CheckReport r) {
    return r.steps().stream().filter(StepResult::isClaim).map(StepResult::verdict)
        .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no claim\n" + r.render()));
  }

  @Test
  void leakySlopeThatHoldsForSlopesBelowOneIsNotRefutedAtASlopeAboveOne() {
    CheckReport r = check(LEAKY + "$\\frac{d}{dx}\\max(\\alpha x, x) = \\alpha$ for $x < 0$.\n");
    assertThat(last(r)).as(r.render()).isInstanceOf(StepVerdict.NotChecked.class);
    assertThat(last(r).evidence()).as(r.render()).contains("holds for α in");
  }

  @Test
  void leakySlopeWrongForEverySlopeIsStillRefuted() {
    CheckReport r = check(LEAKY
        + "$\\frac{d}{dx}\\max(\\alpha x, x) = 2\\alpha + 3$ for $x < 0$.\n");
    assertThat(last(r)).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }
}
