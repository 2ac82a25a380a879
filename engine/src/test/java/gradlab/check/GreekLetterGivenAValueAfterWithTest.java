package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A student types the learning rate in Unicode, "With η = 0.1 and w = 1:". "With η" was read as
 * a product of two names, η got no value, and a gradient step with the wrong sign was "not
 * checked"; now η = 0.1 is part of the point, and the wrong step is refuted at its line.
 */
@Timeout(120)
class GreekLetterGivenAValueAfterWithTest extends CheckFixture {
  private static final String STEP = "L(w) = (w - 3)^2\ndL/dw = 2(w - 3)\nWith η = 0.1, w = 1:\n";

  @Test
  void aSignErrorInAGradientStepWithEtaTypedInGreekIsRefutedAtItsLine() {
    CheckReport r = checkText("hw.txt", STEP + "w - η*2(w - 3) = 0.6\n");
    assertThat(claimOnLine(r, 4).verdict()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void theRightGradientStepIsProved() {
    CheckReport r = checkText("hw.txt", STEP + "w - η*2(w - 3) = 1.4\n");
    assertThat(claimOnLine(r, 4).verdict()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void sigmaAfterWithStaysTheSigmoid() {
    CheckReport r = checkText("hw.txt", "With σ = 0.5, z = 0:\nsigma(z) = 0.5\n");
    assertThat(claimOnLine(r, 2).verdict()).isNotInstanceOf(StepVerdict.Refuted.class);
  }
}
