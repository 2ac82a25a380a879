package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Once prose that opens a setting ("With momentum …") has given a name its new formula
 * ({@link SettingRedefinitions}), a restatement of it that is false under both the earlier and
 * the new formula is a wrong step, refuted at its line: only the first formula after the setting
 * is read as a new definition. Pins the risk the twenty-eighth round left (tidy29, issue 12).
 */
@Timeout(120)
class WrongRestatementInANewSettingTest extends gradlab.symbolic.EngineFixture {
  private static final String SETTING = "# Step sizes\n\n"
      + "For gradient descent the optimal step is $\\alpha = \\frac{2}{a + b}$.\n\n"
      + "With momentum the optimal step is\n"
      + "$$\\alpha = \\left(\\frac{2}{\\sqrt{a} + \\sqrt{b}}\\right)^2$$\n";

  private static CheckReport check(String typed) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkMarkdown("goh.md", typed);
  }

  @Test
  void aRestatementFalseUnderBothFormulasIsRefutedAtItsLine() {
    CheckReport r = check(SETTING + "$$\\alpha = \\frac{4}{a + b}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(7));
  }

  @Test
  void aRestatementInTheSameSentenceFalseUnderBothIsRefuted() {
    CheckReport r = check("# Step sizes\n\n"
        + "For gradient descent the optimal step is $\\alpha = \\frac{2}{a + b}$.\n\n"
        + "With momentum the optimal step is $\\alpha = \\left(\\frac{2}{\\sqrt{a} + \\sqrt{b}}"
        + "\\right)^2$ and therefore\n$$\\alpha = \\frac{4}{a + b}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(6));
  }

  @Test
  void aTrueRestatementInTheNewSettingIsNotRefuted() {
    CheckReport r = check(SETTING + "$$\\alpha = \\frac{4}{a + b + 2 \\sqrt{a b}}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
