package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An arrow typed between two claims on a phone, {@code g(x) = sin(x) → g′(x) = cos(x)}: g was
 * "defined through itself" and the claim after the arrow never checked (found by a new-user
 * tester, user39).
 */
@Timeout(60)
class ArrowsBetweenClaimsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport text(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.txt", text);
  }

  @Test
  void aClaimAfterAnArrowIsCheckedAgainstTheDefinitionBeforeIt() {
    CheckReport r = text("g(x) = sin(x) → g′(x) = cos(x)\nz = 2x -> dz/dx = 2\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
    CheckReport wrong = text("k(x) = x² → k′(x) = x\n");
    assertThat(wrong.firstRefuted().orElseThrow().line()).as(wrong.render()).isEqualTo(1);
  }

  @Test
  void aLimitsArrowIsNoStepBetweenClaims() {
    assertThat(ArrowsBetweenClaims.read("lim x → 0 of sin(x)/x = 1"))
        .isEqualTo("lim x → 0 of sin(x)/x = 1");
    assertThat(ArrowsBetweenClaims.read("f(x) = x^2 → f'(x) = 2x"))
        .isEqualTo("f(x) = x^2 => f'(x) = 2x");
  }

  @Test
  void aValueAfterAnArrowPastAnUpdateIsNotReadAsAClaim() {
    // "leads to" after w ← …: read as a claim, L = 0 was ✗ at the values before the update
    assertThat(ArrowsBetweenClaims.read("new ŷ = 0.9·2 + 1.2 = 3 → L = 0"))
        .isEqualTo("new ŷ = 0.9·2 + 1.2 = 3 → L = 0");
  }
}
