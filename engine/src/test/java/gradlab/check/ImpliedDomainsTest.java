package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A refutation is shown at values the names stand for: a size the text sums to is whole, a
 * learning rate and a penalty are positive. A lecturer's slip was ✗ at n = 2.79998 and at
 * η, λ &lt; 0.
 */
@Timeout(60)
class ImpliedDomainsTest extends gradlab.symbolic.EngineFixture {
  private static final String SIZE = "Let $\\bar{x} = \\frac{1}{n}\\sum_{i=1}^{n} x_i$.\n\n";

  @Test
  void aWrongStepAboutASizeIsRefutedAtAWholeSize() {
    CheckReport r = FixturePair.checkMarkdown(engine, SIZE + "$$\n\\frac{n-1}{n} s - s = "
        + "-\\frac{s}{n^2}\n$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.render()).containsPattern("n = [235][,:]");
  }

  @Test
  void aWrongStepAboutRatesIsRefutedAtPositiveRates() {
    CheckReport r = FixturePair.checkMarkdown(engine, "The update:\n\n$$\n(1 - \\eta\\lambda) w "
        + "= w + \\eta\\lambda w\n$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.render()).doesNotContain("η = -").doesNotContain("λ = -");
  }

  @Test
  void aStepTrueForPositiveRatesIsNotRefutedAtANegativeRate() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Weight decay with learning rate $\\eta$ "
        + "and penalty $\\lambda$:\n\n$$\n|\\eta|\\lambda = \\eta|\\lambda|\n$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aStepFalseForPositiveRatesIsRefutedAtAPositiveRate() {
    CheckReport r = FixturePair.checkMarkdown(engine, "With learning rate $\\eta$:\n\n$$\n"
        + "|\\eta| g = \\eta |g|\n$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.render()).doesNotContain("η = -");
  }

  @Test
  void aNameTheProseCallsALearningRateIsPositive() {
    String text = "We take a step with learning rate $\\alpha$.\n\n$$\n";
    CheckReport holds = FixturePair.checkMarkdown(engine, text + "|\\alpha g| = \\alpha |g|\n"
        + "$$\n");
    assertThat(holds.firstRefuted()).as(holds.render()).isEmpty();
    CheckReport fails = FixturePair.checkMarkdown(engine, text + "|\\alpha g| = \\alpha g\n"
        + "$$\n");
    assertThat(fails.firstRefuted()).as(fails.render()).isPresent();
    assertThat(fails.render()).doesNotContain("α = -");
  }

  @Test
  void aProbabilityAboveOneIsNotACounterexample() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Each unit is kept with probability $p$."
        + "\n\n$$\np(1 - p) = |p - p^2|\n$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aNegativeStandardDeviationIsNotACounterexample() {
    CheckReport r = FixturePair.checkMarkdown(engine, "The noise has standard deviation "
        + "$\\sigma$.\n\n$$\n\\sqrt{\\sigma^2} = \\sigma\n$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aWrongStepAboutALabelIsRefutedAtZeroOrOne() {
    CheckReport r = FixturePair.checkMarkdown(engine, "With labels $y^{(i)} \\in \\{0, 1\\}$, "
        + "one example's loss gives\n\n$$\n-y(1 - h) + (1 - y)h = y - h\n$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.render()).containsPattern("y = [01][,:]");
  }
}
