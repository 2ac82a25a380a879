package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * ∂J/∂w_j after a definition of J through a norm of vectors said "λ, ∂J/∂wⱼ, … are not defined
 * in the text", though both λ and J were, and ∂pᵢ/∂zⱼ of a p_i defined through a sum said "pᵢ is
 * not defined" (found by a lecturer). The reason names the definition that was not read.
 */
@Timeout(60)
class UnreadFormReasonsTest extends gradlab.symbolic.EngineFixture {
  @Test
  void aComponentStepOfANormDefinitionNamesThatDefinitionNotAMissingOne() {
    CheckReport r = FixturePair.checkMarkdown(engine, "The objective is\n\n"
        + "$$J(\\mathbf{w}) = L(\\mathbf{w}) + \\frac{\\lambda}{2}\\|\\mathbf{w}\\|^2$$\n\n"
        + "$$\\frac{\\partial J}{\\partial w_j} = \\frac{\\partial L}{\\partial w_j} "
        + "+ \\lambda w_j$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("J is defined through vectors or matrices")
        .doesNotContain("are not defined in the text");
  }

  @Test
  void aDerivativeOfAFamilyDefinedThroughASumNamesThatFamilyNotAMissingName() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "Let $p_i = \\dfrac{\\exp(z_i)}{\\sum_{k=1}^{K} \\exp(z_k)}$.\n\n"
        + "$$\\frac{\\partial p_i}{\\partial z_j} = -p_i p_j$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).doesNotContain("is not defined in the text");
  }
}
