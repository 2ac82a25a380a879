package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * In a Markdown file with any $…$, formulas typed in bare text were dropped, a false one
 * included: "0 proved, 0 refuted, 0 not checked", exit 0 (user22, a TA marking student
 * submissions). Each is now read or listed; an unread bare redefinition blocks later steps.
 */
@Timeout(120)
class BareFormulaIgnoredTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkMarkdown("t.md", text);
  }

  @Test
  void aFalseBareStepAfterADollarLineIsRefutedAtItsLine() {
    CheckReport r = check("Setup: $a = \\sigma(z)$ and C = 1/2 (y - a)^2\n\n"
        + "∂C/∂z = (a − y)·σ'(z) = (a + y) a (1 - a)\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(3);
  }

  @Test
  void theTrueBareStepIsNotRefuted() {
    CheckReport r = check("Setup: $a = \\sigma(z)$ and C = 1/2 (y - a)^2\n\n"
        + "∂C/∂z = (a − y)·σ'(z) = (a - y) a (1 - a)\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void anUnreadBareRedefinitionBlocksALaterStepThatUsesTheName() {
    // C given a meaning this reader cannot read: ∂C/∂a must not be checked with the old C
    CheckReport r = check("Let $a = \\sigma(z)$.\n\nMSE: C = 1/2 (y - a)^2\n\n"
        + "Cross-entropy: C = -[y ln a + (1-y) ln(1-a)\n\n"
        + "∂C/∂a = -y/a + (1-y)/(1-a)\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("line 5 that cannot be read");
  }

  @Test
  void aBareRedefinitionWithSquareBracketsIsReadAsTheNewMeaning() {
    CheckReport r = check("Let $a = \\sigma(z)$.\n\nMSE: C = 1/2 (y - a)^2\n\n"
        + "Cross-entropy: C = -[y ln a + (1-y) ln(1-a)]\n\n"
        + "∂C/∂a = -y/a + (1-y)/(1-a)\n");
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
  void proseWithIeReadsNoNames() {
    assertThat(BareTextRuns.of("Here $s = \\sigma(x)$, i.e. the gradient s(1 - s) = s - s^2 holds\n",
        n -> false)).extracting(BareTextRuns.Run::text).containsExactly("s(1 - s) = s - s^2");
  }

  @Test
  void proseWordsAreNotNamesAndTheMathRunsAreKept() {
    assertThat(BareTextRuns.of("Setup: $a$ and C = 1/2 (y - a)^2 where z = w*x + b\n", n -> false))
        .extracting(BareTextRuns.Run::text).containsExactly("C = 1/2 (y - a)^2", "z = w*x + b");
  }

  @Test
  void bareLatexIsReadByTheLatexReader() {
    CheckReport r = check("Let $L = a w^2$.\n\n\\frac{dL}{dw} = 2 a w\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aFalseBareLatexStepIsRefuted() {
    CheckReport r = check("Let $L = a w^2$.\n\n\\frac{dL}{dw} = 3 a w\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(3);
  }

  @Test
  void aNameNoFormulaUsesDoesNotLetABareStepBeRefuted() {
    CheckReport r = check("Let $a = 2$.\n\nwe know that p + q = 5 here\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
