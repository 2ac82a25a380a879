package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A member of a family the text defines is never a free number of a counterexample: the
 * softmax's true ∂ log p₁/∂z₁ = 1 − p₁ was refuted at p₁ = 1.76 with the family unwritten.
 */
@Timeout(120)
class FamilyMemberHeldFixedTest extends gradlab.symbolic.EngineFixture {
  private static final String STEP = "\n\n$$\\frac{\\partial \\log p_1}{\\partial z_1} = 1 - p_1$$\n";

  @Test
  void aTrueLogSoftmaxDerivativeOfAFamilyWithSymbolicSizeIsNotRefuted() throws Exception {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "Softmax: $p_k = \\frac{e^{z_k}}{\\sum_{j=1}^{K} e^{z_j}}$." + STEP);
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aTrueLogSoftmaxDerivativeOfAFamilyOfThreeIsNotRefuted() throws Exception {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "Softmax: $p_k = \\frac{e^{z_k}}{\\sum_{j=1}^{3} e^{z_j}}$." + STEP);
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aWrongStepAboutANameOfNoFamilyIsStillRefuted() throws Exception {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "Let $q = \\sigma(z_1)$.\n\n$$\\frac{\\partial \\log q}{\\partial z_1} = q$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
