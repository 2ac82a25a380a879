package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The formula right after "mean" is the mean's value, not whose mean: "i.i.d. with mean $\mu$
 * and variance $\sigma^2$" was listed Var(μ) = σ² (found by a lecturer).
 */
@Timeout(60)
class MeanValueNoSubjectTest extends gradlab.symbolic.EngineFixture {
  @Test
  void theVarianceAfterAMeanIsNotTheMeansVariance() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Let $x_1, \\dots, x_n$ be i.i.d. with "
        + "mean $\\mu$ and variance $\\sigma^2$.\n\n$$\na = a\n$$\n");
    assertThat(r.render()).doesNotContain("(\\mu)");
  }

  @Test
  void aNamedSubjectStillGetsItsVariance() {
    CheckReport r = FixturePair.checkMarkdown(engine, "The weights $w$ have zero mean and "
        + "variance $\\sigma^2$.\n\n$$\na = a\n$$\n");
    assertThat(r.render()).contains("(w) = \\sigma^2");
  }
}
