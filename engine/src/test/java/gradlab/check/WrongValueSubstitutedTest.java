package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * m1 = 0.05 stated, then m1/(1 - beta1) = 0.06/0.1: "not checked: holds only if the right
 * side's decimals are themselves rounded values", the 0.1 (exactly 1 − beta1) widened to
 * [0.05, 0.15] (a TA). Prose "and" between two statements was read as a name.
 */
@Timeout(60)
class WrongValueSubstitutedTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.txt", text);
  }

  @Test
  void aWrongNumberForAStatedValueIsRefuted() {
    CheckReport r = check("beta1 = 0.9, m1 = 0.05\n\nmhat1 = m1/(1 - beta1) = 0.06/0.1 = 0.6\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(3);
  }

  @Test
  void theRightNumbersAreNotRefuted() {
    CheckReport r = check("beta1 = 0.9, m1 = 0.05\n\nmhat1 = m1/(1 - beta1) = 0.05/0.1 = 0.5\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aRoundedIntermediateOnTheRightStaysUnrefuted() {
    CheckReport r = check("b = 0.3, m = 0.05\n\nm/(1 - b) = 0.05/0.7 ≈ 0.0714\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void andBetweenTwoStatementsIsNoName() {
    CheckReport r = check("x = 3\na = 0.5 and b = a + x\nb = 3.5\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).doesNotContain("and is not defined");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isGreaterThanOrEqualTo(1);
  }
}
