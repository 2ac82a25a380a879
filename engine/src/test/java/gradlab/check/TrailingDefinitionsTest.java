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

  @Test
  void aRefutedDisplaySpansToTheWhereClauseItIsReadWith() {
    // Misra's Mish: f'(x) = e^x ω/δ² "where ω = …" with a slip in ω; the step spans line 5
    CheckReport r = check("$$f(x) = x^2 + 3x$$\n\n$$f'(x) = \\omega$$\n\n"
        + "where $\\omega = 2x + 4$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    StepResult s = r.firstRefuted().get();
    assertThat(s.line()).isEqualTo(3);
    assertThat(s.line() + (s.lhs() + s.rhs()).chars().filter(c -> c == '\n').count())
        .as(r.render()).isEqualTo(5);
  }
}
