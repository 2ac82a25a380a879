package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "largest where σ = 1/2" in a text that applies σ(z) made σ a named point, after which the
 * wrong σ(2) = 0.89 was only "ambiguous"; where σ is a standard deviation, σ = 0.1 stays one.
 */
@Timeout(60)
class SigmoidValueStatementTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkMarkdown("t.md", markdown);
  }

  @Test
  void aBareSigmaValueInASigmoidTextIsNotANamedPoint() {
    CheckReport r = check("The product $\\sigma(1-\\sigma)$ is largest where $\\sigma = 1/2$.\n\n"
        + "$$\\sigma(2) = 0.89$$\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(3));
    assertThat(r.render()).contains("σ stands for the sigmoid's value here");
  }

  @Test
  void aStandardDeviationSigmaIsStillAQuantity() {
    CheckReport r = check("Let $\\sigma = 0.1$ be the noise's standard deviation.\n\n"
        + "$$\\sigma^2 = 0.01$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }
}
