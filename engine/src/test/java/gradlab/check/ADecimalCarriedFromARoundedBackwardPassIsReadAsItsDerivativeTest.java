package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "∂ℓ/∂f = 2(2.090 − 2) = 0.180" from the rounded f = 2.090 (exact 2.0904), then "∂ℓ/∂w = x ·
 * 0.180": the true step was ✗, 0.180 being off by more than its last digit
 * ({@link CarriedDerivativeValues}).
 */
@Timeout(120)
class ADecimalCarriedFromARoundedBackwardPassIsReadAsItsDerivativeTest
    extends gradlab.symbolic.EngineFixture {
  private static final String PASS = "Let\n\n$$f = w x$$\n\n$$\\ell = (f - y)^2$$\n\nWith "
      + "$w = 1.0452$, $x = 2$ and $y = 2$ the forward pass gives $f = 2.090$, and\n\n"
      + "$$\\frac{\\partial \\ell}{\\partial f} = 2(2.090 - 2) = 0.180$$\n\nso that\n\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void theTrueStepThroughTheCarriedDerivativeIsNotRefuted() {
    CheckReport r = check(PASS + "$$\\frac{\\partial \\ell}{\\partial w} = x \\cdot 0.180 = "
        + "0.360$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aWrongFactorBesideTheCarriedDerivativeIsStillRefuted() {
    CheckReport r = check(PASS + "$$\\frac{\\partial \\ell}{\\partial w} = w \\cdot 0.180$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(13);
  }

  @Test
  void aDecimalTheTextNeverComputedIsStillRefuted() {
    CheckReport r = check(PASS + "$$\\frac{\\partial \\ell}{\\partial w} = x \\cdot 0.190$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
