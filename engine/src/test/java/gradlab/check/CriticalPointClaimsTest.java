package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "Then f'(x) = 3x^2 - 3, so the critical points are x = 1 and x = 3" passed unseen: the
 * points were read as named points only, and an exam's wrong critical point was never claimed.
 * Each point called critical or stationary is the claim f′(a) = 0 of the text's one function.
 */
@Timeout(60)
class CriticalPointClaimsTest extends gradlab.symbolic.EngineFixture {
  private static final String CUBIC = "Let $f(x) = x^3 - 3x$. Then $f'(x) = 3x^2 - 3$, ";

  private static CheckReport plain(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("q.txt", text);
  }

  @Test
  void aWrongCriticalPointInPlainTextIsRefutedAtItsLine() {
    CheckReport r = plain("Exam, question 2.\n\nLet f(x) = x^3 - 3x. Then f'(x) = 3x^2 - 3,"
        + " so the critical points are x = 1 and x = 3.\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> {
      assertThat(s.line()).isEqualTo(3);
      assertThat(s.lhs()).isEqualTo("f'(3)");
    });
  }

  @Test
  void rightCriticalPointsInMarkdownAreEachProved() {
    CheckReport r = FixturePair.checkMarkdown(engine, CUBIC
        + "so the critical points are $x = 1$ and $x = -1$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("f'(1) = 0", "f'(-1) = 0");
  }

  @Test
  void aPointCalledStationaryAfterwardsIsChecked() {
    CheckReport r = FixturePair.checkMarkdown(engine, CUBIC + "and\n\n$x = 2$ is a stationary"
        + " point.\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(3));
  }

  @Test
  void withTwoFunctionsWhichOneIsMeantIsNotWrittenAndNothingIsClaimed() {
    CheckReport r = plain("Let f(x) = x^2 and g(x) = (x - 3)^2.\n"
        + "The critical points are x = 0 and x = 3.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aCriticalPointStaysTheNamedPointOfTheStepsAfterIt() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Let $f(x) = x^2 - 2x$. Then"
        + " $f'(x) = 2x - 2$, so the critical point is $x = 1$. There $f(x) = -1$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }
}
