package gradlab.check;

import static gradlab.check.FixturePair.lastClaim;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Steps about the layered families themselves, not the cost (issue 12, held10: Nielsen's proof
 * of BP4 writes ∂z^l_j/∂w^l_{jk} = a^{l−1}_k, his softmax problem ln a^L_j = z^L_j − ln Σ_k
 * e^{z^L_k}; both had been "not defined in the text"). They are written out on small networks of
 * the text's own families; a wrong one fails at every pattern of the indices and is refuted.
 */
@Timeout(300)
class LayeredFamilyStepsTest extends gradlab.symbolic.EngineFixture {
  private static final String WEIGHTED = "The weighted input is\n\n$$z^l_j = \\sum_k w^l_{jk} "
      + "a^{l-1}_k + b^l_j$$\n\n";
  private static final String SOFTMAX = "The activation of the output neuron is\n\n"
      + "$$a^L_j = \\frac{e^{z^L_j}}{\\sum_k e^{z^L_k}}$$\n\n";

  private static CheckReport check(String markdown) {
    return new DocumentChecker(engine, Duration.ofSeconds(30)).checkMarkdown("t.md", markdown);
  }


  @Test
  void partialOfTheWeightedInputByItsWeightHoldsOnTheWrittenOutLayers() {
    CheckReport r = check(WEIGHTED + "$$\\frac{\\partial z^l_j}{\\partial w^l_{jk}} = "
        + "a^{l-1}_k$$\n");
    assertThat(lastClaim(r).verdict()).as(r.render()).isInstanceOf(StepVerdict.Unknown.class);
  }

  @Test
  void partialOfTheWeightedInputWithTheActivationOfTheWrongLayerIsRefuted() {
    CheckReport r = check(WEIGHTED + "and $a^l_j = \\sigma(z^l_j)$.\n\n"
        + "$$\\frac{\\partial z^l_j}{\\partial w^l_{jk}} = a^{l}_k$$\n");
    assertThat(lastClaim(r).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
    assertThat(lastClaim(r).line()).isEqualTo(7);
  }

  @Test
  void partialOfTheWeightedInputByItsBiasIsOne() {
    CheckReport r = check(WEIGHTED + "$$\\frac{\\partial z^l_j}{\\partial b^l_j} = 1$$\n");
    assertThat(lastClaim(r).verdict()).as(r.render()).isNotInstanceOf(StepVerdict.Refuted.class)
        .isNotInstanceOf(StepVerdict.NotChecked.class);
  }

  @Test
  void logarithmOfTheSoftmaxHoldsAndWithTheSignOfTheNormaliserFlippedIsRefuted() {
    String log = "$$\\ln a^L_j = z^L_j - \\ln \\sum_k e^{z^L_k}$$\n";
    CheckReport right = check(SOFTMAX + log);
    assertThat(lastClaim(right).verdict()).as(right.render())
        .isInstanceOf(StepVerdict.Unknown.class);
    CheckReport wrong = check(SOFTMAX + log.replace("- \\ln", "+ \\ln"));
    assertThat(lastClaim(wrong).verdict()).as(wrong.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aStepTrueForEqualIndicesOnlyIsNotRefuted() {
    // ∂a_j/∂z_k = a_j(1 − a_j) is the case j = k, which prose around it may state
    CheckReport r = check(SOFTMAX + "When $j = k$,\n\n$$\\frac{\\partial a^L_j}{\\partial "
        + "z^L_k} = a^L_j (1 - a^L_j)$$\n");
    assertThat(lastClaim(r).verdict()).as(r.render()).isNotInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aFamilyDefinedTwiceIsNotWrittenOut() {
    CheckReport r = check("For sigmoid neurons $a^L_j = \\sigma(z^L_j)$.\n\n" + SOFTMAX
        + "$$\\ln a^L_j = z^L_j + \\ln \\sum_k e^{z^L_k}$$\n");
    assertThat(lastClaim(r).verdict()).as(r.render()).isNotInstanceOf(StepVerdict.Refuted.class);
  }
}
