package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Parr and Howard define {@code g_1(x) = x^2} and then write {@code \frac{1}{g_1}2x =
 * \frac{2}{x}}: g₁ as a quantity is its value g₁(x). Such a step was "not checked" (held fixed,
 * g₁ makes it fail or a condition on g₁), so their wrong 2x/x went unnoticed. Where the step is
 * written in the function's variable and takes no derivative, the value reading decides; a
 * step not written in it ({@code f(u) = \ln(g)}) is still not checked.
 */
@Timeout(120)
class FunctionUsedAsItsValueTest extends gradlab.symbolic.EngineFixture {
  private static final String G = "Let $g_1(x) = x^2$.\n";

  @Test
  void aStepThroughTheValueIsProved() {
    CheckReport r = FixturePair.checkMarkdown(engine, G
        + "$$\\frac{1}{g_1}2x + 0 = \\frac{2x}{x^2}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aWrongStepThroughTheValueIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, G
        + "$$\\frac{1}{g_1}2x + 0 = \\frac{2x}{x}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(2);
  }

  @Test
  void aStepNotWrittenInTheVariableIsNotRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, G
        + "and $f_1(x) = \\ln(x)$.\n"
        + "$$f_1(u) = \\ln(g_1)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
