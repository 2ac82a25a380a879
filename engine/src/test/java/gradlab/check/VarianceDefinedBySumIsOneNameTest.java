package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import org.junit.jupiter.api.Test;

/**
 * A variance the text defines by a Σ with symbolic bounds ({@code \sigma^2_{\mathrm{ML}} =
 * \frac{1}{N}\sum_{n=1}^{N}(x_n - \mu_{\mathrm{ML}})^2}) is that one name in the steps after it,
 * as a σ_B^2 defined without a Σ is: read also as the square of an undefined σ_ML, a wrong
 * unbiased estimate (1/(N+1) for 1/(N−1)) was "not checked".
 */
class VarianceDefinedBySumIsOneNameTest extends EngineFixture {
  private static final String ML = "$$\\mu_{\\mathrm{ML}} = \\frac{1}{N}\\sum_{n=1}^{N} x_n$$\n\n"
      + "$$\\sigma^2_{\\mathrm{ML}} = \\frac{1}{N}\\sum_{n=1}^{N}(x_n - \\mu_{\\mathrm{ML}})^2$$"
      + "\n\n";

  private static StepResult last(String markdown) {
    return FixturePair.lastClaim(FixturePair.checkMarkdown(engine, markdown));
  }

  @Test
  void wrongUnbiasedVarianceOfADefinedSumIsRefuted() {
    StepResult r = last(ML + "$$\\frac{N}{N-1}\\sigma^2_{\\mathrm{ML}} = \\frac{1}{N+1}"
        + "\\sum_{n=1}^{N}(x_n - \\mu_{\\mathrm{ML}})^2$$\n");
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void unbiasedVarianceOfADefinedSumIsNotRefuted() {
    // N = 1 divides by zero; N = 2…5 hold
    StepResult r = last(ML + "$$\\frac{N}{N-1}\\sigma^2_{\\mathrm{ML}} = \\frac{1}{N-1}"
        + "\\sum_{n=1}^{N}(x_n - \\mu_{\\mathrm{ML}})^2$$\n");
    assertThat(r.verdict()).as(r.toString()).isNotInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void squareOfAnUndefinedDeviationIsNotRefuted() {
    // σ_ML^2 of no definition: the variance or the square of σ_ML, not decided between them
    StepResult r = last("$$\\mu_{\\mathrm{ML}} = \\frac{1}{N}\\sum_{n=1}^{N} x_n$$\n\n"
        + "$$\\frac{N}{N-1}\\sigma^2_{\\mathrm{ML}} = \\frac{1}{N+1}\\sum_{n=1}^{N}(x_n - "
        + "\\mu_{\\mathrm{ML}})^2$$\n");
    assertThat(r.verdict()).as(r.toString()).isNotInstanceOf(StepVerdict.Refuted.class);
  }
}
