package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * d2l's {@code \left(1+(x-1)^{10}\right)^{-1}\left(…\right)}: a sum to the power −1 before a
 * bracket is the reciprocal (no text inverts a sum as a function); it was refused as "inverse or
 * reciprocal", so its chain-rule steps were not checked. A lone name stays ambiguous.
 */
@Timeout(60)
class CompoundBaseReciprocalTest extends gradlab.symbolic.EngineFixture {
  private static List<StepVerdict> claims(String markdown) {
    CheckReport r = FixturePair.checkMarkdown(engine, markdown);
    return r.steps().stream().filter(StepResult::isClaim).map(StepResult::verdict).toList();
  }

  @Test
  void reciprocalOfASumBeforeABracketIsProved() {
    assertThat(claims("$$\\left(1+x^{2}\\right)^{-1}\\left(2x\\right) = \\frac{2x}{1+x^2}$$\n"))
        .singleElement().isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void wrongPowerAfterAReciprocalOfASumIsRefuted() {
    assertThat(claims("$$\\left(1+x^{2}\\right)^{-1}\\left(2x\\right) = \\frac{2x^2}{1+x^2}$$\n"))
        .singleElement().isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void loneNameToTheMinusOneBeforeABracketStaysUnread() {
    StepVerdict v = claims("$$(f)^{-1}(x) = 2x$$\n").get(0);
    assertThat(v).isInstanceOf(StepVerdict.NotChecked.class);
    assertThat(((StepVerdict.NotChecked) v).reason()).contains("inverse or reciprocal");
  }
}
