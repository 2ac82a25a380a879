package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** σ of N(μ, σ) or N(μ, σ²) is positive: log(σ₂/σ₁) = ½ log σ₂² − ½ log σ₁² was ✗ at σ₁ < 0. */
@Timeout(60)
class StandardDeviationsTest extends gradlab.symbolic.EngineFixture {
  private static final String NORMALS = "Let $p = \\mathcal{N}(\\mu_1, \\sigma_1)$ and $q = "
      + "\\mathcal{N}(\\mu_2, \\sigma_2^2)$.\n\n";

  @Test
  void aStandardDeviationIsSampledPositive() {
    CheckReport r = FixturePair.checkMarkdown(engine, NORMALS + "$$\\frac{1}{2} \\log "
        + "\\sigma_2^2 - \\frac{1}{2} \\log \\sigma_1^2 = \\log \\frac{\\sigma_2}{\\sigma_1}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aWrongStepAboutStandardDeviationsIsStillRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, NORMALS + "$$\\frac{1}{2} \\log "
        + "\\sigma_2^2 - \\frac{1}{2} \\log \\sigma_1^2 = \\log \\frac{\\sigma_1}{\\sigma_2}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
