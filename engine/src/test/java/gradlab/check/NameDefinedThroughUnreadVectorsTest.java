package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A name defined through vector products the reader does not read is no free variable: GloVe's
 * residual $e_{ij} = w_i^T \tilde{w}_j + b_i + \tilde{b}_j - \log X_{ij}$ was taken free, so
 * ∂(f e²)/∂w_i was 0 and the true 2 f e w̃_j was refuted, at sampled points and again at the
 * text's numbers after $e_{ij} = 0.5 \cdot 2 + …$ gave e a value.
 */
@Timeout(120)
class NameDefinedThroughUnreadVectorsTest extends gradlab.symbolic.EngineFixture {
  private static final String RESIDUAL = "Writing $e_{ij} = w_i^T \\tilde{w}_j + b_i + "
      + "\\tilde{b}_j - \\log X_{ij}$ for the residual, the gradient is\n\n";

  @Test
  void theGradientThroughTheUnreadResidualIsNotRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, RESIDUAL
        + "$$\\frac{\\partial}{\\partial w_i} f e_{ij}^2 = 2 f e_{ij} \\tilde{w}_j$$\n\n"
        + "$$\\frac{\\partial}{\\partial b_i} f e_{ij}^2 = 2 f e_{ij}$$\n\n"
        + "At $w_i = 0.5$, $\\tilde{w}_j = 2$, $b_i = 0.1$, $\\tilde{b}_j = 0.2$, $X_{ij} = 10$"
        + " and $f = 0.5$: $e_{ij} = 0.5 \\cdot 2 + 0.1 + 0.2 - \\log 10 \\approx -1.00259$ and\n\n"
        + "$$\\frac{\\partial}{\\partial w_i} f e_{ij}^2 \\approx 2 \\cdot 0.5 \\cdot (-1.00259)"
        + " \\cdot 2$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("not taken as a free variable");
  }

  @Test
  void aWrongGradientOfAScalarResidualTheReaderReadsIsStillRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Writing $e = w v + b - \\log X$ for the "
        + "residual, the gradient is\n\n"
        + "$$\\frac{\\partial}{\\partial w} f e^2 = 2 f e w$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(3);
  }
}
