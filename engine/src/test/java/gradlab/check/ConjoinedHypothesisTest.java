package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "When $b - c = 1$ and $b - a = 2$": the relation joined by "and" to a hypothesis is assumed
 * too, not a claim left "not checked"; a relation after "and" that follows a claim stays a claim.
 */
@Timeout(120)
class ConjoinedHypothesisTest extends EngineFixture {
  private static CheckReport check(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkMarkdown("t.md", text);
  }

  @Test
  void aRelationJoinedByAndToAHypothesisIsAssumed() {
    CheckReport r = check("The integrand, when $b - c = 1$ and $b - a = 2$, is the Pearson "
        + "divergence's.\n");
    assertThat(r.render()).contains("b - a = 2   [assumption]");
    assertThat(r.steps().stream().filter(StepResult::isClaim)).as(r.render()).isEmpty();
  }

  @Test
  void aWrongRelationJoinedByAndToAClaimIsStillRefuted() {
    CheckReport r = check("We find $2 + 2 = 4$ and $3 + 3 = 7$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aWrongClaimAfterACommaFollowingAHypothesisIsStillRefuted() {
    CheckReport r = check("For $x > 0$, $\\frac{d}{dx}(x^2) = 3x$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
