package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "At $x = \pi$ this equals $-\pi^2$": a value given to "this" had no relation sign and was
 * silently dropped, wrong or right. What "this" names is not resolved, so it is listed "not
 * checked" with why ({@link PronounValues}), never refuted against a guess.
 */
@Timeout(60)
class ValueNamedByAPronounTest extends gradlab.symbolic.EngineFixture {
  private static final String GIVEN = "Let $f(x) = x \\sin x$. Then $f'(x) = \\sin x + x \\cos x$"
      + " and $f''(x) = 2\\cos x - x \\sin x$.\n\n";

  private static CheckReport check(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkMarkdown("pronoun.md", text);
  }

  @Test
  void aWrongValueGivenToThisIsListedNotCheckedNotDropped() {
    CheckReport r = check(GIVEN + "At $x=\\pi$ this equals $-\\pi^2$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("line   3  – -\\pi^2").contains(PronounValues.REASON);
  }

  @Test
  void aRightValueGivenToWhichIsNeverRefuted() {
    CheckReport r = check(GIVEN + "At $x=\\pi$, which is $-2$, the curve bends down.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains(PronounValues.REASON);
  }

  @Test
  void aFormulaAfterWhichIsNotListedAsAValue() {
    CheckReport r = check(GIVEN + "The derivative of $f$, which is $f'(x)$, was found above.\n");
    assertThat(r.render()).doesNotContain(PronounValues.REASON);
  }
}
