package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The labels of a cross-entropy are never sampled as free numbers for a ✗: the softmax's true
 * ∂L/∂z₁ = p₁ − y₁ (with L = −Σ y_i log p_i, labels summing to 1 unsaid) was refuted at
 * K = 1, y₁ = 0.50.
 */
@Timeout(120)
class CrossEntropyLabelsTest extends gradlab.symbolic.EngineFixture {
  private static final String SOFTMAX_LOSS =
      "$$p_k = \\frac{e^{z_k}}{\\sum_{j=1}^{K} e^{z_j}}$$\n\n"
      + "$$L = -\\sum_{i=1}^{K} y_i \\log p_i$$\n\n";

  @Test
  void theSoftmaxCrossEntropyGradientIsNotRefutedAtFreeLabels() throws Exception {
    CheckReport r = FixturePair.checkMarkdown(engine, SOFTMAX_LOSS
        + "$$\\frac{\\partial L}{\\partial z_1} = p_1 - y_1$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("labels of a cross-entropy");
  }

  @Test
  void aWrongStepWhoseCounterexampleSetsNoLabelIsStillRefuted() throws Exception {
    CheckReport r = FixturePair.checkMarkdown(engine, SOFTMAX_LOSS
        + "$$\\frac{\\partial p_1}{\\partial z_1} = p_1$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void theLabelsAreTheFactorsBeforeTheLogUnderASum() {
    assertThat(CrossEntropyLabels.in("-\\sum_{i=1}^{K} y_i \\log p_i")).containsExactly("y");
    assertThat(CrossEntropyLabels.in("E = -\\sum_k t_k \\ln y_k")).containsExactly("t");
  }

  @Test
  void aBinaryCrossEntropyHasNoLabelsSummingToOne() {
    assertThat(CrossEntropyLabels.in(
        "-\\sum_i y_i \\log p_i + (1 - y_i) \\log (1 - p_i)")).isEmpty();
    assertThat(CrossEntropyLabels.in("y_1 \\log p_1")).isEmpty();
  }
}
