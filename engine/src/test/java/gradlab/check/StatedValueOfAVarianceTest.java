package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A variance σ² makes σ positive for sampling, which states no value of σ: Bishop's "and
 * $\sigma^2 = 0.1$" (input noise as weight decay, after "variance $\sigma^2$") was refuted as a
 * claim for every σ in (0.01, 3) instead of being read as a value the text puts in.
 */
@Timeout(120)
class StatedValueOfAVarianceTest extends gradlab.symbolic.EngineFixture {
  private static final String NOISE = "Noise with zero mean and variance $\\sigma^2$ is added "
      + "to the input.\n\n";

  @Test
  void aValueOfTheVarianceStatedInProseIsNotRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, NOISE
        + "One point: $w_1 = 2$ and $\\sigma^2 = 0.1$. Then\n\n"
        + "$$0.5 + \\frac{0.1}{2} \\cdot 2^2 = 0.7$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aWrongSumAfterTheStatedValueIsStillRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, NOISE
        + "One point: $w_1 = 2$ and $\\sigma^2 = 0.1$. Then\n\n"
        + "$$0.5 + \\frac{0.1}{2} \\cdot 2^2 = 0.9$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(5);
  }

  @Test
  void aWrongIdentityInTheVarianceIsStillRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, NOISE
        + "$$\\frac{2\\sigma^2}{\\sigma} = \\sigma$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
