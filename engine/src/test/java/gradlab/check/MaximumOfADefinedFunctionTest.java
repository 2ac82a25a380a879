package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code \max_x g(x)} of a g defined earlier was "no critical point found": the engine maximised
 * the bare call before g's definition was put in (new-user tester).
 */
@Timeout(60)
class MaximumOfADefinedFunctionTest extends gradlab.symbolic.EngineFixture {
  @Test
  void theMaximumIsTakenOfTheDefinedFunction() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "Let $g(x) = -x^2 + 4x$.\n\nThen $$\\max_x g(x) = 4$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
    CheckReport wrong = FixturePair.checkMarkdown(engine,
        "Let $g(x) = -x^2 + 4x$.\n\nThen $$\\max_x g(x) = 5$$\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }
}
