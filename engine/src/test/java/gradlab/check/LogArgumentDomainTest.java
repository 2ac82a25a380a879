package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import org.junit.jupiter.api.Test;

/**
 * A name written as the argument of a log is sampled where it is positive: the algebra library
 * turns e^{−log σ} into 1/σ, which has a value at σ &lt; 0 where the real log has none, and d2l's
 * Gaussian in exponential-family form was ✗ at σ = −1.55.
 */
class LogArgumentDomainTest extends EngineFixture {

  private StepResult last(String markdown) {
    return FixturePair.lastClaim(FixturePair.checkMarkdown(engine, markdown));
  }

  @Test
  void anExponentialOfMinusLogSigmaIsNotRefutedAtANegativeSigma() {
    StepResult r = last("$$\\frac{1}{\\sqrt{2 \\pi \\sigma^2}} \\exp(x) = \\frac{1}{\\sqrt{2 \\pi}}"
        + " \\exp(x - \\log(\\sigma))$$\n");
    assertThat(r.verdict()).as(r.toString()).isNotInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aWrongSignInTheLogIsStillRefuted() {
    StepResult r = last("$$\\frac{1}{\\sqrt{2 \\pi \\sigma^2}} \\exp(x) = \\frac{1}{\\sqrt{2 \\pi}}"
        + " \\exp(x + \\log(\\sigma))$$\n");
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Refuted.class);
  }
}
