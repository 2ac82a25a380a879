package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * ∂q/∂r of the text's q(s, r) where s, another argument, is defined through r (s = 3r) has two
 * readings: the partial in r's place with s held (s²) and the derivative through s (s² + 6sr).
 * The checker took the second only, so the true s² was refuted. Neither reading is refuted now;
 * where r is an argument and no other argument depends on it, the one reading still decides.
 */
class PartialThroughAnotherArgumentTest extends EngineFixture {
  private CheckReport check(String body) {
    return new DocumentChecker(engine, Duration.ofSeconds(20)).checkMarkdown("q.md", body);
  }

  private static StepVerdict claimOnLine(CheckReport r, int line) {
    return r.steps().stream().filter(s -> s.line() == line && s.isClaim()).reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError(r.render())).verdict();
  }

  @Test
  void thePartialInItsPlaceIsNotRefuted() {
    CheckReport r = check("$$s = 3 r$$\n\n$$q(s, r) = s^2 r$$\n\n"
        + "$$\\frac{\\partial q}{\\partial r} = s^2$$\n");
    assertThat(claimOnLine(r, 5)).as(r.render()).isNotInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void theDerivativeThroughTheOtherArgumentIsNotRefuted() {
    CheckReport r = check("$$s = 3 r$$\n\n$$q(s, r) = s^2 r$$\n\n"
        + "$$\\frac{\\partial q}{\\partial r} = s^2 + 6 s r$$\n");
    assertThat(claimOnLine(r, 5)).as(r.render()).isNotInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void withoutADependentArgumentAWrongPartialIsStillRefuted() {
    CheckReport r = check("$$q(s, r) = s^2 r$$\n\n"
        + "$$\\frac{\\partial q}{\\partial r} = 2 s r$$\n");
    assertThat(claimOnLine(r, 3)).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }
}
