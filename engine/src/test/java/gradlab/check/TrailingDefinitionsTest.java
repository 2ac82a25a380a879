package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "$$… = -p_1 \log p_1 - p_2 \log p_2$$ where $p_2 = 1 - p_1$": the definition after the
 * display was not used for it ("p₂ is not defined in the text").
 */
@Timeout(60)
class TrailingDefinitionsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aDefinitionAfterWhereIsUsedForTheDisplayBeforeIt() {
    CheckReport r = check("$$-p_1 \\log p_1 - (1 - p_1)\\log(1 - p_1) = -p_1 \\log p_1 "
        + "- p_2 \\log p_2$$\n\nwhere $p_2 = 1 - p_1$.\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
    assertThat(r.steps().get(0).line()).isEqualTo(1);
  }

  @Test
  void aWrongDisplayBeforeItsWhereIsRefutedAtItsLine() {
    CheckReport r = check("$$-p_1 \\log p_1 - (1 - p_1)\\log(1 - p_1) = -p_1 \\log p_1 "
        + "+ p_2 \\log p_2$$\n\nwhere $p_2 = 1 - p_1$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(1);
  }
}
