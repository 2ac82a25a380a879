package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A text that writes N(μ, σ²) once made every later σ(x) "not checked: ambiguous", even where
 * the same text defines the sigmoid or writes σ′(z). Where it uses σ as a function, σ(…) is the
 * sigmoid; where σ is only a scale, σ(x) keeps both readings and is never refuted under one.
 */
@Timeout(120)
class SigmaScaleAndSigmoidTest extends gradlab.symbolic.EngineFixture {
  private static final String GAUSSIAN = "The weights are drawn from $\\mathcal{N}(0, "
      + "\\sigma^2)$.\n\n";

  private static long ambiguous(CheckReport r) {
    return r.steps().stream().filter(s -> s.verdict() instanceof StepVerdict.NotChecked n
        && n.reason().contains("ambiguous")).count();
  }

  @Test
  void sigmoidDefinedAfterAGaussianIsReadAsTheSigmoid() {
    CheckReport r = FixturePair.checkMarkdown(engine, GAUSSIAN + "The sigmoid is $\\sigma(z) "
        + "= \\frac{1}{1 + e^{-z}}$.\n\n$$\\sigma'(z) = \\sigma(z)(1 - \\sigma(z))$$\n\n"
        + "$$\\sigma(0) = \\frac{1}{2}$$\n");
    assertThat(ambiguous(r)).as(r.render()).isZero();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isGreaterThanOrEqualTo(2);
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aWrongSigmoidStepAfterAGaussianIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, GAUSSIAN + "For the activation, "
        + "$$\\sigma'(z) = \\sigma(z)(1 + \\sigma(z))$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void sigmaOnlyAScaleKeepsSigmaOfXUnrefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Let $x \\sim \\mathcal{N}(\\mu, "
        + "\\sigma^2)$.\n\n$$\\sigma(x - \\mu) = \\sigma x - \\sigma \\mu$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isZero();
  }

  @Test
  void theScaleBesideTheSigmoidStaysANumber() {
    CheckReport r = FixturePair.checkMarkdown(engine, GAUSSIAN + "With the sigmoid $\\sigma$, "
        + "$$\\sigma'(z) = \\sigma(z)(1 - \\sigma(z))$$\n\n$$\\sigma^2 \\cdot 2 = 2\\sigma^2$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(ambiguous(r)).as(r.render()).isZero();
  }
}
