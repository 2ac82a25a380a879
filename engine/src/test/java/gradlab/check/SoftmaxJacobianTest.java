package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The softmax Jacobian and the cross-entropy gradient, the derivation every course does: a
 * family p_i defined through a Σ over z_k, differentiated by a member z_j, is written out for
 * sizes and each pattern of i and j the stated case allows ("for $j \neq i$", "(i \neq j)"
 * after the formula, "for $i = j$" after it), with δ_{ij} as 𝟙(i = j). It was "not checked"
 * (z_j not linked to p_i or L), and ∂p₁/∂z₁ at one member "p₁ is given only as a value (1)".
 */
@Timeout(300)
class SoftmaxJacobianTest extends gradlab.symbolic.EngineFixture {
  private static final String FOLDER = "softmax";

  @Test
  void theOffDiagonalCaseStatedBeforeTheStepIsDecidedAndItsSignSlipRefuted() throws Exception {
    FixturePair.assertTrueStandsAndPlantedErrorAt(engine, FOLDER,
        "jacobian_case_stated_before_the_step", 13, false);
    CheckReport r = FixturePair.check(engine, FOLDER, "jacobian_case_stated_before_the_step.md");
    assertThat(r.count(StepVerdict.Unknown.class)).as(r.render()).isEqualTo(3);
  }

  @Test
  void theCrossEntropyGradientIsDecidedAndTheSwappedDifferenceRefuted() throws Exception {
    FixturePair.assertTrueStandsAndPlantedErrorAt(engine, FOLDER,
        "cross_entropy_gradient_through_the_jacobian", 9, false);
    CheckReport r = FixturePair.check(engine, FOLDER,
        "cross_entropy_gradient_through_the_jacobian.md");
    assertThat(r.render()).doesNotContain("occurs nowhere").doesNotContain("given only as a value");
  }

  @Test
  void aCaseWrittenAfterTheDisplayRestrictsTheIndices() throws Exception {
    FixturePair.assertTrueStandsAndPlantedErrorAt(engine, FOLDER,
        "jacobian_case_written_after_the_display", 9, false);
  }

  @Test
  void aCaseInWordsThatIsNotReadIsNoRefutation() throws Exception {
    CheckReport r = FixturePair.check(engine, FOLDER, "jacobian_case_in_words_not_read.md");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("may be meant for one case of its indices");
  }

  @Test
  void anOffDiagonalStepHasNoInstanceAtOneClass() throws Exception {
    CheckReport r = FixturePair.check(engine, FOLDER, "jacobian_without_a_case_at_one_class.md");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Unknown.class);
  }

  @Test
  void aMemberConstantAtOneClassIsStillAFunctionOfItsVariable() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Let $p_i = \\frac{e^{z_i}}{\\sum_{k=1}^{K}"
        + " e^{z_k}}$.\n\n$$\\frac{\\partial p_i}{\\partial z_i} = p_i(1 - p_i)$$\n");
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Unknown.class);
    assertThat(r.render()).contains("1…5").doesNotContain("given only as a value");
  }
}
