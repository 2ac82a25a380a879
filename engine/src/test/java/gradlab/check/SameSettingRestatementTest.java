package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A second sentence under the same setting's words ("With momentum, expanding, $$\alpha = B$$"
 * after "With momentum the optimal step is $$\alpha = A$$") restates α in that setting: B false
 * under both formulas is a wrong step, refuted at its line ({@link SettingKeys}). It had been
 * "not checked: ambiguous" as if it opened a third setting. Other words ("With Nesterov's
 * method", "With momentum and restarts") stay a possible new definition, never ✗.
 */
@Timeout(120)
class SameSettingRestatementTest extends gradlab.symbolic.EngineFixture {
  private static final String SETTING = "# Step sizes\n\n"
      + "For gradient descent the optimal step is $\\alpha = \\frac{2}{a + b}$.\n\n"
      + "With momentum the optimal step is\n"
      + "$$\\alpha = \\left(\\frac{2}{\\sqrt{a} + \\sqrt{b}}\\right)^2$$\n\n";

  private static CheckReport check(String typed) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkMarkdown("goh.md", typed);
  }

  @Test
  void aWrongRestatementUnderTheSameSettingIsRefutedAtItsLine() {
    CheckReport r = check(SETTING + "With momentum, expanding the square,\n"
        + "$$\\alpha = \\frac{4}{a + b}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(9));
  }

  @Test
  void aTrueRestatementUnderTheSameSettingIsNotRefuted() {
    CheckReport r = check(SETTING + "With momentum, expanding the square,\n"
        + "$$\\alpha = \\frac{4}{a + b + 2 \\sqrt{a b}}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aFormulaUnderOtherSettingWordsStaysAmbiguousNeverRefuted() {
    CheckReport r = check(SETTING + "With momentum and restarts, the optimal step is\n"
        + "$$\\alpha = \\frac{4}{a + b}$$\n\n"
        + "With Nesterov's method the optimal step is\n$$\\alpha = \\frac{1}{b}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("ambiguous");
  }

  @Test
  void theSettingsWordsEndAtACommaOrAVerb() {
    assertThat(SettingKeys.of("With momentum the optimal step is")).isEqualTo("momentum");
    assertThat(SettingKeys.of("Done. With momentum, expanding,")).isEqualTo("momentum");
    assertThat(SettingKeys.of("With momentum and restarts, the")).isEqualTo("momentum and restarts");
    assertThat(SettingKeys.of("Instead the step is")).isNull();
  }
}
