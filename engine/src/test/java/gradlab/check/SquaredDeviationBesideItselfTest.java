package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A step that writes σ₁ and σ₁² (the Gaussian KL's {@code \log(2\pi\sigma_2^2)} beside
 * {@code \log\frac{\sigma_2}{\sigma_1}}) was read with σ₁² also as a name unrelated to σ₁,
 * under which it is never decided, so a swapped ratio was never refuted.
 */
@Timeout(120)
class SquaredDeviationBesideItselfTest extends gradlab.symbolic.EngineFixture {
  private static final String LEFT = "$$\\frac{1}{2}\\log(2\\pi\\sigma_2^2) "
      + "- \\frac{1}{2}\\log(2\\pi\\sigma_1^2) = ";

  @Test
  void aSwappedRatioBesideTheSquaresIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "The cross term:\n\n" + LEFT + "\\log\\frac{\\sigma_1}{\\sigma_2}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void theTrueRatioBesideTheSquaresIsNotRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "The cross term:\n\n" + LEFT + "\\log\\frac{\\sigma_2}{\\sigma_1}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
