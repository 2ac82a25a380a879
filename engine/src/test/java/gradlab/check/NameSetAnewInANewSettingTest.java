package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Goh's "Why Momentum Really Works" (held-out set 28): gradient descent's optimal step
 * α = 2/(λ₁ + λₙ), then "With momentum the optimal parameters are α = (2/(√λ₁ + √λₙ))²" was
 * refuted against the first α. After prose that opens a new setting such a line is ambiguous
 * (a new definition, or a wrong step): not checked, and the steps after it use the new α. A
 * wrong restatement after "so" stays refuted.
 */
@Timeout(120)
class NameSetAnewInANewSettingTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String typed) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkMarkdown("goh.md", typed);
  }

  @Test
  void aParameterSetAnewWithAnotherMethodIsNotRefuted() {
    CheckReport r = check("The optimal step is $\\alpha = \\frac{2}{a + b}$.\n\n"
        + "With momentum the optimal parameters are\n\n"
        + "$$\\alpha = \\left(\\frac{2}{\\sqrt{a} + \\sqrt{b}}\\right)^2$$\n\n"
        + "$$\\alpha (\\sqrt{a} + \\sqrt{b})^2 = 4$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("ambiguous: read as a new definition of α in a new setting");
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongRestatementAfterSoIsStillRefutedAtItsLine() {
    CheckReport r = check("The optimal step is $\\alpha = \\frac{2}{a + b}$.\n\n"
        + "So the step is\n\n"
        + "$$\\alpha = \\frac{1}{a + b}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(5));
  }
}
