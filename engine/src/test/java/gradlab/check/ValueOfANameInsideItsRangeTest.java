package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * ArcFace (held18): "$c = \cos\theta$, with $0 \le \theta \le \pi$", then "a sample whose target
 * cosine is $c = 0.8$ has $\sin\theta = 0.6$": both were refuted at θ = 1.83, inside the range,
 * as if the text said cos θ = 0.8 for every θ there. A side that takes many values over the
 * range is a value the text does not state ({@link RangedValueClaims}); a side that is one number
 * over it and differs from the other is still refuted.
 */
@Timeout(120)
class ValueOfANameInsideItsRangeTest extends CheckFixture {
  private static final String RANGE = "Write $c = \\cos\\theta$, with $0 \\le \\theta \\le \\pi$."
      + "\n\n";

  @Test
  void aValuePickedInsideTheRangeIsNotRefuted() {
    CheckReport r = checkMarkdown("arcface", RANGE + "A sample whose target cosine is $c = 0.8$"
        + " has $\\sin\\theta = 0.6$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aSideThatIsOneNumberOverTheRangeIsStillRefuted() {
    CheckReport r = checkMarkdown("arcface", RANGE
        + "$$\\cos^2\\theta + \\sin^2\\theta = 2$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aClaimForARangeInWordsIsStillRefutedWhereItsSideIsConstant() {
    CheckReport r = checkMarkdown("sign", "For $x > 0$, $\\frac{|x|}{x} = -1$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
