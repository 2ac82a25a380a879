package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A name with a subscript before a bracket that holds the same name, {@code s_i(1 - s_i)} of a
 * softmax, is a product: it was "ambiguous: sᵢ(…) as a product or as sᵢ applied … it fails for
 * sᵢ(x) = x² + 1" (a TA's and a student's softmax Jacobians).
 */
@Timeout(60)
class ScriptedSelfProductsTest extends gradlab.symbolic.EngineFixture {
  private static final String SOFTMAX = "Let $s_i = \\frac{\\exp(z_i)}{\\sum_k \\exp(z_k)}$.\n\n";

  @Test
  void aSubscriptedNameBeforeABracketHoldingItselfIsAProduct() {
    assertThat(SelfProducts.holdsItself("si", "(1 - s_i)")).isTrue();
    assertThat(SelfProducts.holdsItself("pi", "(1-p_{i})")).isTrue();
    assertThat(SelfProducts.holdsItself("si", "(1 - s_j)")).isFalse();
    assertThat(SelfProducts.holdsItself("fi", "(f_i(x))")).isFalse();
    assertThat(SelfProducts.holdsItself("si", "(1 - s_{ij})")).isFalse();
  }

  @Test
  void theSoftmaxDiagonalFactoredIsProved() {
    CheckReport r = FixturePair.checkMarkdown(engine, SOFTMAX
        + "$$s_i - s_i^2 = s_i(1 - s_i)$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aWrongSignInTheFactoredDiagonalIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, SOFTMAX
        + "$$s_i - s_i^2 = s_i(1 + s_i)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
