package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Group normalization's "not checked" of a derivative through μᵢ and σᵢ, sums over a set the
 * checker does not write out ({@link FamilySumDependence}), is scoped by what the quantity is
 * defined through, not by where the text is: a new setting ("Now for a plain scaling layer, let
 * $\hat{x}_i = 2 x_i$") that defines the quantity anew ends it, and a wrong step there is ✗.
 */
@Timeout(60)
class AGroupStatisticRedefinedInANewSettingIsNoLongerHeldTest extends gradlab.symbolic.EngineFixture {
  private static final String GROUP_NORM = "$$\\hat{x}_i = \\frac{1}{\\sigma_i} (x_i - \\mu_i), "
      + "\\qquad \\mu_i = \\frac{1}{m} \\sum_{k \\in \\mathcal{S}_i} x_k, \\qquad \\sigma_i = "
      + "\\sqrt{\\frac{1}{m} \\sum_{k \\in \\mathcal{S}_i} (x_k - \\mu_i)^2 + \\epsilon}$$\n\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aWrongStepAfterTheQuantityIsDefinedAnewInANewSettingIsRefutedAtItsLine() {
    CheckReport r = check(GROUP_NORM + "Now for a plain scaling layer, let $\\hat{x}_i = 2 x_i$."
        + " Then\n\n$$\\frac{\\partial \\hat{x}_i}{\\partial x_i} = 3$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(5);
  }

  @Test
  void aStepThroughTheGroupStatisticAfterANowSentenceIsStillNotRefuted() {
    CheckReport r = check(GROUP_NORM + "Now for the input itself,\n\n"
        + "$$\\frac{\\partial \\hat{x}_i}{\\partial x_i} = \\frac{1}{\\sigma_i} \\left(1 - "
        + "\\frac{1}{m} - \\frac{\\hat{x}_i^2}{m}\\right)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
