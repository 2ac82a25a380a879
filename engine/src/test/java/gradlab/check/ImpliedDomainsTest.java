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
}
