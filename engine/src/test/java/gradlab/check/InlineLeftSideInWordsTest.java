package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** "the step $= 0.001·0.1316/√0.1449 = 0.0009$" was dropped without a word; it is a claim. */
@Timeout(60)
class InlineLeftSideInWordsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aWrongValueAfterWordsOnTheLeftIsRefuted() {
    CheckReport r = check("the step $= 0.001 \\cdot 0.1316 / \\sqrt{0.1449} = 0.0009$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void theRightValueAfterWordsOnTheLeftIsProved() {
    CheckReport r = check("the step $= 0.001 \\cdot 0.1316 / \\sqrt{0.1449} = 0.000346$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }
}
