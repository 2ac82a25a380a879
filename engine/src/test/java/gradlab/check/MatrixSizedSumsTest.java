package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A name defined through vectors by a Σ to a symbolic bound, differentiated by a member of the
 * summed family ({@link MatrixSizedSums}, issue 12, sigma36): Wen et al.'s center loss
 * {@code \mathcal{L}_C = \frac{1}{2}\sum_{i=1}^m \|\boldsymbol{x}_i -
 * \boldsymbol{c}_{y_i}\|_2^2} then {@code \frac{\partial \mathcal{L}_C}{\partial
 * \boldsymbol{x}_i} = \boldsymbol{c}_{y_i} - \boldsymbol{x}_i} was "not checked: … not defined
 * in the text": the matrix reading wrote out whole-number bounds only.
 */
@Timeout(180)
class MatrixSizedSumsTest extends CheckFixture {
  private static final String CENTER_LOSS = "$$\\mathcal{L}_C = \\frac{1}{2} \\sum_{i=1}^m "
      + "\\| \\boldsymbol{x}_i - \\boldsymbol{c}_{y_i} \\|_2^2$$\n\n";

  @Test
  void aCenterLossGradientWithItsSignSwappedIsRefutedAtItsLine() {
    CheckReport r = checkMarkdown("swappedcenter.md", CENTER_LOSS
        + "$$\\frac{\\partial \\mathcal{L}_C}{\\partial \\boldsymbol{x}_i} = "
        + "\\boldsymbol{c}_{y_i} - \\boldsymbol{x}_i$$\n");
    assertThat(r.firstRefuted().orElseThrow(() -> new AssertionError(r.render())).line())
        .isEqualTo(3);
  }

  @Test
  void aSumOfSquaredDistancesToClassCentersWithAGradientMissingItsFactorIsRefuted() {
    CheckReport r = checkMarkdown("droppedfactor.md",
        "$$\\mathcal{L} = \\sum_{n=1}^{N} \\|\\mathbf{x}_n - \\mathbf{c}_{t_n}\\|^2$$\n\n"
        + "$$\\frac{\\partial \\mathcal{L}}{\\partial \\mathbf{x}_n} = \\mathbf{x}_n - "
        + "\\mathbf{c}_{t_n}$$\n");
    assertThat(r.firstRefuted().orElseThrow(() -> new AssertionError(r.render())).line())
        .isEqualTo(3);
  }

  @Test
  void trueGradientsOfSumsToASymbolicBoundAreUnknownAtTheSizesNeverRefutedOrProved() {
    CheckReport r = checkMarkdown("truesums.md", CENTER_LOSS
        + "$$\\frac{\\partial \\mathcal{L}_C}{\\partial \\boldsymbol{x}_i} = "
        + "\\boldsymbol{x}_i - \\boldsymbol{c}_{y_i}$$\n\n"
        + "$$\\mathcal{R} = \\sum_{n=1}^{N} \\|\\mathbf{x}_n - \\mathbf{c}_{t_n}\\|^2$$\n\n"
        + "$$\\nabla_{\\mathbf{x}_n} \\mathcal{R} = -2(\\mathbf{c}_{t_n} - \\mathbf{x}_n)$$\n\n"
        + "$$\\mathcal{J} = \\frac{1}{2} \\sum_{k=1}^{K} \\|\\mathbf{W}\\mathbf{x}_k - "
        + "\\mathbf{y}_k\\|^2$$\n\n"
        + "$$\\frac{\\partial \\mathcal{J}}{\\partial \\mathbf{W}} = \\sum_{k=1}^{K} "
        + "(\\mathbf{W}\\mathbf{x}_k - \\mathbf{y}_k)\\mathbf{x}_k^T$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    for (int line : new int[] {3, 7, 11}) {
      assertThat(claimOnLine(r, line).verdict()).as(r.render())
          .isInstanceOf(StepVerdict.Unknown.class);
    }
  }

  @Test
  void aGradientByACenterIsNotRefutedWhereTheCentersOfTwoMembersMayBeOne() {
    // ∂/∂c_{y_i} sums over every member of the same class: with the centers taken as distinct
    // names the one-term answer holds, with them one name it fails; the text does not say
    CheckReport r = checkMarkdown("sharedcenter.md", CENTER_LOSS
        + "$$\\frac{\\partial \\mathcal{L}_C}{\\partial \\boldsymbol{c}_{y_i}} = "
        + "\\boldsymbol{c}_{y_i} - \\boldsymbol{x}_i$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
