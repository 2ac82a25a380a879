package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A step pasted from a chat spread over two lines, the second opening with an operator
 * ({@code f'(x) = 3x^2 + 4x} then {@code   - 5}): the second line had been dropped and the
 * true step refuted (found by a new-user tester, user39).
 */
@Timeout(60)
class StepSpreadOverTwoLinesTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport text(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.txt", text);
  }

  @Test
  void aTrueStepWhoseLastTermIsOnTheNextLineIsProved() {
    CheckReport r = text("f(x) = x^3 + 2x^2 - 5x\n\nf'(x) = 3x^2 + 4x\n  - 5\n\nf'(1) = 2\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
  }

  @Test
  void aWrongStepSpreadOverTwoLinesIsRefutedAtItsFirstLine() {
    CheckReport r = text("f(x) = x^3 + 2x^2 - 5x\n\nf'(x) = 3x^2 + 4x\n  + 5\n");
    assertThat(r.firstRefuted().orElseThrow().line()).as(r.render()).isEqualTo(3);
  }

  @Test
  void aLineOfWordsAfterAnOperatorIsNoContinuation() {
    assertThat(OperatorContinuations.continues("- 5")).isTrue();
    assertThat(OperatorContinuations.continues("+ x^2 e^x")).isTrue();
    assertThat(OperatorContinuations.continues("- then use the chain rule")).isFalse();
    assertThat(OperatorContinuations.continues("- y = 3")).isFalse();
  }
}
