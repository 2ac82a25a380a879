package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "We need $M\sigma^2 = 1$ … For $M = 100$ this gives $\sigma = 0.01$": a student's forgotten
 * square root was a named point, never checked. A value the text concludes for a name that a
 * condition it requires determines is refuted where it fails the condition for every value its
 * digits allow; a right value, a rounded one, or a value named as an example stays a named point.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ValueConcludedFromAConditionTest extends EngineFixture {
  private CheckReport markdown(String body) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkMarkdown("init.md", body);
  }

  private static boolean refuted(CheckReport r) {
    return r.steps().stream().anyMatch(s -> s.verdict() instanceof StepVerdict.Refuted);
  }

  @Test
  void aValueWithoutTheSquareRootIsRefuted() {
    CheckReport r = markdown("To keep the variance we need $M\\sigma^2 = 1$. For $M = 100$ this "
        + "gives $\\sigma = 0.01$.\n");
    assertThat(refuted(r)).as(r.render()).isTrue();
  }

  @Test
  void theRightValueIsNotRefuted() {
    CheckReport r = markdown("To keep the variance we need $M\\sigma^2 = 1$. For $M = 100$ this "
        + "gives $\\sigma = 0.1$.\n");
    assertThat(refuted(r)).as(r.render()).isFalse();
  }

  @Test
  void aValueRoundedToItsDigitsIsNotRefuted() {
    CheckReport r = markdown("We need $M\\sigma^2 = 1$. For $M = 1000$ this gives "
        + "$\\sigma = 0.032$.\n");
    assertThat(refuted(r)).as(r.render()).isFalse();
  }

  @Test
  void aValueNamedAsAnExampleIsNotAClaim() {
    CheckReport r = markdown("We need $M\\sigma^2 = 1$. With $M = 100$ and for example "
        + "$\\sigma = 0.5$ the variance grows.\n");
    assertThat(refuted(r)).as(r.render()).isFalse();
  }

  @Test
  void aValueThatFitsAnotherConditionOnTheNameIsNotRefuted() {
    CheckReport r = markdown("For linear units we need $M\\sigma^2 = 1$. With ReLU we need "
        + "$M\\sigma^2 = 2$, so for $M = 200$ this gives $\\sigma = 0.1$.\n");
    assertThat(refuted(r)).as(r.render()).isFalse();
  }
}
