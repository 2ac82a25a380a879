package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A free index of a family a Σ of the same step runs over names one of its members: z_j
 * beside Σ_{k=1}^K e^{z_k} is one of z₁ … z_K. Read as a separate name, a lecturer's true
 * ∂/∂z_j Σ_k e^{z_k} = e^{z_j} (log-sum-exp's gradient) was ✗ "for every size decided".
 */
@Timeout(120)
class SumMemberIndicesTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(gradlab.symbolic.SymbolicEngine engine, String step) {
    return FixturePair.checkMarkdown(engine, "The step:\n\n$$\n" + step + "\n$$\n");
  }

  @Test
  void theDerivativeOfASumByOneOfItsTermsIsNotRefuted() {
    CheckReport r = check(engine, "\\frac{\\partial}{\\partial z_j} \\sum_{k=1}^{K} e^{z_k} "
        + "= e^{z_j}");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).doesNotContain("fails");
  }

  @Test
  void aWrongDerivativeByOneOfTheTermsIsRefutedAtAMember() {
    CheckReport r = check(engine, "\\frac{\\partial}{\\partial z_j} \\sum_{k=1}^{K} e^{z_k} "
        + "= 2 e^{z_j}");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.render()).contains("j = 1");
  }

  @Test
  void theGradientOfAWeightedSumIsItsWeightNotZero() {
    CheckReport r = check(engine, "\\frac{\\partial}{\\partial x_i} \\sum_{j=1}^{n} w_j x_j "
        + "= w_i");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    CheckReport wrong = check(engine, "\\frac{\\partial}{\\partial x_i} \\sum_{j=1}^{n} w_j x_j "
        + "= 2 w_i");
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }

  @Test
  void aDerivativeOfADoubleSumByOneWeightIsNotRefuted() {
    CheckReport r = check(engine, "\\frac{\\partial}{\\partial w_{ij}} \\sum_{k=1}^{m} "
        + "\\sum_{l=1}^{n} w_{kl} x_l = x_j");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
