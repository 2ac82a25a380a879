package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * In a Markdown file with any $…$, formulas typed in bare text were dropped, a false one
 * included: "0 proved, 0 refuted, 0 not checked", exit 0 (a TA marking student submissions).
 */
@Timeout(60)
class BareFormulasInMarkdownTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkMarkdown("t.md", text);
  }

  @Test
  void aFalseStepInBareTextIsRefutedAtItsLine() {
    CheckReport r = check("Setup: $a = \\sigma(z)$ and C = 1/2 (y - a)^2\n\n"
        + "∂C/∂z = (a − y)·σ'(z) = (a + y) a (1 - a)\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(3);
  }

  @Test
  void theTrueStepInBareTextIsNotRefuted() {
    CheckReport r = check("Setup: $a = \\sigma(z)$ and C = 1/2 (y - a)^2\n\n"
        + "∂C/∂z = (a − y)·σ'(z) = (a - y) a (1 - a)\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void aRelationAfterIfInWordsIsListedNotClaimed() {
    CheckReport r = check("Let $a = \\sigma(z)$.\n\nWith MSE, if a ≈ 1 but y = 0 the gradient is "
        + "tiny because σ'(z) ≈ 0.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("condition in words");
  }

  @Test
  void proseWordsAreNotNamesAndTheMathRunsAreKept() {
    assertThat(BareTextRuns.of("Setup: $a$ and C = 1/2 (y - a)^2 where z = w*x + b\n", n -> false))
        .extracting(BareTextRuns.Run::text).containsExactly("C = 1/2 (y - a)^2", "z = w*x + b");
  }

  @Test
  void aNameNoFormulaUsesDoesNotLetABareStepBeRefuted() {
    CheckReport r = check("Let $a = 2$.\n\nwe know that p + q = 5 here\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
