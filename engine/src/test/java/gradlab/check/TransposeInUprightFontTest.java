package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import org.junit.jupiter.api.Test;

/**
 * Bishop's transpose {@code ^{\mathrm{T}}} on a Greek matrix or after a bracket: a transpose,
 * never a power of a name T. (ΦᵀΦ)ᵀ = ΦᵀΦ was refuted "at Φ = 0.50, T = −0.84".
 */
class TransposeInUprightFontTest extends EngineFixture {

  @Test
  void theTransposeOfAGramMatrixWithBoldPhiIsNotRefuted() {
    StepResult r = FixturePair.lastClaim(FixturePair.checkMarkdown(engine,
        "$$\\boldsymbol{\\Phi}^{\\mathrm{T}}\\boldsymbol{\\Phi} = (\\boldsymbol{\\Phi}^{\\mathrm{T}}"
            + "\\boldsymbol{\\Phi})^{\\mathrm{T}}$$\n"));
    assertThat(r.verdict()).as(r.toString()).isNotInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void theTransposeOfAGramMatrixWithPlainPhiIsNotRefuted() {
    StepResult r = FixturePair.lastClaim(FixturePair.checkMarkdown(engine,
        "$$\\Phi^{\\mathrm{T}}\\Phi = (\\Phi^{\\rm T}\\Phi)^{\\mathrm{T}}$$\n"));
    assertThat(r.verdict()).as(r.toString()).isNotInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aGramMatrixEqualToTheOtherProductIsRefuted() {
    StepResult r = FixturePair.lastClaim(FixturePair.checkMarkdown(engine,
        "$$(\\boldsymbol{\\Phi}^{\\mathrm{T}}\\boldsymbol{\\Phi})^{\\mathrm{T}} = "
            + "\\boldsymbol{\\Phi}\\boldsymbol{\\Phi}^{\\mathrm{T}}$$\n"));
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Refuted.class);
  }
}
