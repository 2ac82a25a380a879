package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Burges's RankNet (held18): "where the choice of the parameter $\sigma$ determines the shape of
 * the sigmoid", {@code \lambda_{ij} = \sigma(\ldots)} and an example "with $\sigma = 1$". The
 * definition was stored with σ(…) as the sigmoid applied, and the true example refuted. A σ the
 * text names a parameter or gives a value is a quantity from the start ({@link SigmaParameters}),
 * and a definition through σ before a bracket is not taken with one reading
 * ({@link TwoReadingDefinitions}); a step false under both readings is still refuted.
 */
@Timeout(120)
class SigmaNamedAParameterTest extends CheckFixture {
  private static final String PARAMETER = "The outputs are mapped to a probability via a "
      + "sigmoid, where the choice of the parameter $\\sigma$ determines the shape of the "
      + "sigmoid. ";

  @Test
  void anExampleThroughADefinitionWithSigmaBeforeABracketIsNotRefuted() {
    CheckReport r = checkMarkdown("ranknet", PARAMETER + "Let $\\lambda = \\sigma(a - b) + 1$."
        + "\n\nFor example, with $\\sigma = 2$, $a = 1$ and $b = 0$:\n\n"
        + "$$\\lambda = 2 \\cdot (1 - 0) + 1 = 3$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void theSameExampleWithAWrongSumIsStillRefuted() {
    CheckReport r = checkMarkdown("ranknet", PARAMETER + "Let $\\lambda = \\sigma(a - b) + 1$."
        + "\n\nFor example, with $\\sigma = 2$, $a = 1$ and $b = 0$:\n\n"
        + "$$\\lambda = 2 \\cdot (1 - 0) + 1 = 4$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void sigmaTimesABracketIsNotReadAsTheSigmoidAlone() {
    CheckReport r = checkMarkdown("ranknet", PARAMETER + "\n\n$$\\sigma(a - b) = \\sigma a"
        + " - \\sigma b$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aStepFalseUnderBothReadingsIsStillRefuted() {
    CheckReport r = checkMarkdown("ranknet", PARAMETER + "With $\\sigma = 2$:\n\n"
        + "$$\\sigma(a - b) = 2a + 2b$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
