package gradlab.check;

import static gradlab.check.FixturePair.lastClaim;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Nielsen's and CS231n's layered notation with a cost C the text never writes out (issue 12,
 * chk-bp): z^l_j, a^l_j and δ^l_j ≡ ∂C/∂z^l_j are written out as small networks, C as a few
 * concrete costs; BP1–BP4 hold there ("unknown", never proved), a wrong one fails there.
 */
@Timeout(300)
class LayeredNetworkFixturesTest extends gradlab.symbolic.EngineFixture {
  private static final String LAYERS = "The weighted input is $z^l_j = \\sum_k w^l_{jk} "
      + "a^{l-1}_k + b^l_j$ and $a^l_j = \\sigma(z^l_j)$.\n\n"
      + "$$\\delta^l_j \\equiv \\frac{\\partial C}{\\partial z^l_j}$$\n\n";

  private static CheckReport check(String markdown) {
    return new DocumentChecker(engine, Duration.ofSeconds(30)).checkMarkdown("t.md", markdown);
  }


  @Test
  void weightGradientOfAGenericCostHoldsOnConcreteNetworksWithoutProof() {
    CheckReport r = check(LAYERS + "$$\\frac{\\partial C}{\\partial w^l_{jk}} = a^{l-1}_k "
        + "\\delta^l_j$$\n");
    assertThat(lastClaim(r).verdict()).as(r.render()).isInstanceOf(StepVerdict.Unknown.class);
  }

  @Test
  void weightGradientWithTheActivationOfTheWrongLayerIsRefutedAtItsLine() {
    CheckReport r = check(LAYERS + "$$\\frac{\\partial C}{\\partial w^l_{jk}} = a^{l}_k "
        + "\\delta^l_j$$\n");
    assertThat(lastClaim(r).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
    assertThat(lastClaim(r).line()).isEqualTo(5);
    assertThat(lastClaim(r).verdict().evidence()).as(r.render()).contains("g(u, v) =");
  }

  @Test
  void biasGradientEqualToTheErrorHolds() {
    CheckReport r = check(LAYERS + "$$\\frac{\\partial C}{\\partial b^l_j} = \\delta^l_j$$\n");
    assertThat(lastClaim(r).verdict()).as(r.render()).isInstanceOf(StepVerdict.Unknown.class);
  }

  @Test
  void outputErrorBp1HoldsAndWithoutTheDerivativeOfSigmaIsRefuted() {
    String bp1 = "$$\\delta^L_j = \\frac{\\partial C}{\\partial a^L_j} \\sigma'(z^L_j)$$\n";
    CheckReport right = check(LAYERS + bp1);
    assertThat(lastClaim(right).verdict()).as(right.render())
        .isInstanceOf(StepVerdict.Unknown.class);
    CheckReport wrong = check(LAYERS + bp1.replace("\\sigma'", "\\sigma"));
    assertThat(lastClaim(wrong).verdict()).as(wrong.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void backpropagatedErrorBp2HoldsAndWithTheWeightNotTransposedIsRefuted() {
    String bp2 = "$$\\delta^l_j = \\sum_k w^{l+1}_{kj} \\delta^{l+1}_k \\sigma'(z^l_j)$$\n";
    CheckReport right = check(LAYERS + bp2);
    assertThat(lastClaim(right).verdict()).as(right.render())
        .isInstanceOf(StepVerdict.Unknown.class);
    CheckReport wrong = check(LAYERS + bp2.replace("w^{l+1}_{kj}", "w^{l+1}_{jk}"));
    assertThat(lastClaim(wrong).verdict()).as(wrong.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aStepWithTheCostOnOneSideOnlyIsNeverRefuted() {
    CheckReport r = check(LAYERS + "For the quadratic cost, $$\\frac{\\partial C}{\\partial "
        + "a^L_j} = a^L_j - y_j$$\n");
    assertThat(lastClaim(r).verdict()).as(r.render()).isNotInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aCostTheTextDefinesIsNotGeneric() {
    CheckReport r = check(LAYERS + "$$C = (a^L_1)^2$$\n\n"
        + "$$\\frac{\\partial C}{\\partial b^L_2} = \\delta^L_1$$\n");
    assertThat(lastClaim(r).verdict().evidence()).as(r.render()).doesNotContain("generic");
  }
}
