package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "$a_i = \sigma(w_i a_{i-1})$" and later ∂a₂/∂z₂ of a z_i the text never defines (seed 001's
 * worked solution): z_i is σ's argument, so the worked solution's upside-down ∂z₁/∂a₁ = σ′(z₁)
 * is found; the reading is taken only where the text writes ∂a_k/∂z_k and defines no z.
 */
@Timeout(60)
class ImplicitPreActivationsTest extends gradlab.symbolic.EngineFixture {
  private static final String LAYERS = "Each node: $a_i = \\sigma(w_i a_{i-1})$, $i = 1, \\dots, "
      + "3$, where $a_0 = x$.\n\n$$\\frac{da_3}{dx} = \\frac{\\partial a_3}{\\partial z_3} "
      + "\\cdot \\frac{\\partial z_3}{\\partial a_2} \\cdot \\frac{\\partial a_2}{\\partial z_2}"
      + " \\cdot \\frac{\\partial z_2}{\\partial a_1} \\cdot \\frac{\\partial a_1}{\\partial z_1}"
      + " \\cdot \\frac{\\partial z_1}{\\partial x}$$\n\n";

  @Test
  void anUpsideDownFactorOfTheImplicitPreActivationIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, LAYERS
        + "$$\\frac{\\partial z_2}{\\partial a_1} = w_2$$\n\n"
        + "$$\\frac{\\partial z_1}{\\partial a_1} = \\sigma'(z_1)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(7);
    assertThat(r.render()).contains("the activation's argument");
  }

  @Test
  void theTrueFactorsOfTheImplicitPreActivationAreProved() {
    CheckReport r = FixturePair.checkMarkdown(engine, LAYERS
        + "$$\\frac{\\partial a_1}{\\partial z_1} = \\sigma'(z_1)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isPositive();
  }

  @Test
  void aTextThatDefinesZItselfIsReadAsWritten() {
    String own = "Let $z_i = 2 w_i$ and $a_i = \\sigma(w_i a_{i-1})$ for $i = 1, \\dots, 2$.\n\n"
        + "$$\\frac{\\partial a_2}{\\partial z_2} = 1$$\n";
    assertThat(ImplicitPreActivations.rewrite(own)).isEqualTo(own);
    String noPartial = "Each node: $a_i = \\sigma(w_i a_{i-1})$.\n\n$$\\sigma'(z_1) = 1$$\n";
    assertThat(ImplicitPreActivations.rewrite(noPartial)).isEqualTo(noPartial);
  }
}
