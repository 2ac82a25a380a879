package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Wu and He's group normalization: μᵢ and σᵢ are sums over the set Sᵢ of xᵢ's group, which the
 * checker keeps unread, so ∂x̂ᵢ/∂xᵢ held them fixed and the paper's true derivative was refuted
 * ({@link FamilySumDependence}, held30).
 */
@Timeout(120)
class ADerivativeThroughAGroupStatisticIsNotRefutedTest extends gradlab.symbolic.EngineFixture {
  private static final String DEFINITIONS = "$$\\hat{x}_i = \\frac{1}{\\sigma_i} (x_i - \\mu_i),"
      + " \\qquad \\mu_i = \\frac{1}{m} \\sum_{k \\in \\mathcal{S}_i} x_k, \\qquad \\sigma_i = "
      + "\\sqrt{\\frac{1}{m} \\sum_{k \\in \\mathcal{S}_i} (x_k - \\mu_i)^2 + \\epsilon}$$\n\n"
      + "Take $m = 3$. Then\n\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void theGroupNormDerivativeInItsOwnInputIsNotRefuted() {
    CheckReport r = check(DEFINITIONS + "$$\\frac{\\partial \\hat{x}_i}{\\partial x_i} = "
        + "\\frac{1}{\\sigma_i} \\left(1 - \\frac{1}{m} - \\frac{\\hat{x}_i^2}{m}\\right)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOfSatisfying(StepVerdict.NotChecked.class, n -> assertThat(n.reason())
            .contains("by a sum over the family"));
  }

  @Test
  void aWrongDerivativeThroughASumOfAnotherFamilyIsStillRefuted() {
    // μᵢ sums the z_k, not the x_k: holding it fixed in ∂/∂xᵢ is right, and 2/s is wrong
    CheckReport r = check("$$\\hat{x}_i = \\frac{x_i - \\mu_i}{s}, \\qquad \\mu_i = "
        + "\\frac{1}{m} \\sum_{k \\in \\mathcal{S}_i} z_k$$\n\nTake $m = 3$. Then\n\n"
        + "$$\\frac{\\partial \\hat{x}_i}{\\partial x_i} = \\frac{2}{s}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
