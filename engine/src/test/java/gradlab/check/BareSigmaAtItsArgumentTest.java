package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import org.junit.jupiter.api.Test;

/** A bare σ differentiated by a variable is σ at the argument the text applies it to. */
class BareSigmaAtItsArgumentTest extends EngineFixture {
  private static final String NEURON = "The output is $a = \\sigma(z)$, where $z = w x + b$ and "
      + "$\\sigma(z) = \\frac{1}{1 + e^{-z}}$.\n\n";

  private static StepResult last(String markdown) {
    return FixturePair.lastClaim(FixturePair.checkMarkdown(engine, markdown));
  }

  @Test
  void bareSigmaByTheBiasAfterASigmaOfZIsSigmaOfZ() {
    // read as σ(b), the true ∂σ/∂b = σ′(z) was refuted (σ′(b) ≠ σ′(z))
    StepResult r = last(NEURON + "$$\\frac{\\partial \\sigma}{\\partial b} = \\sigma'(z)$$\n");
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void bareSigmaByASubscriptedWeightIsSigmaOfZ() {
    StepResult r = last("The output is $a = \\sigma(z)$, where $z = w_1 x_1 + w_2 x_2 + b$ and "
        + "$\\sigma(z) = \\frac{1}{1 + e^{-z}}$.\n\n"
        + "$$\\frac{\\partial \\sigma}{\\partial w_1} = \\sigma'(z) x_1$$\n");
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void wrongDerivativeOfABareSigmaIsStillRefuted() {
    StepResult r = last(NEURON + "$$\\frac{\\partial \\sigma}{\\partial w} = \\sigma'(z)$$\n");
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void bareSigmaWithTwoArgumentsInTheTextIsNotRefuted() {
    // σ(z) and σ(u) both written: which one ∂σ/∂b means is not written
    StepResult r = last("Let $a = \\sigma(z)$ and $h = \\sigma(u)$, where $z = w x + b$, "
        + "$u = v x$ and $\\sigma(z) = \\frac{1}{1 + e^{-z}}$.\n\n"
        + "$$\\frac{\\partial \\sigma}{\\partial b} = \\sigma'(z)$$\n");
    assertThat(r.verdict()).as(r.toString()).isNotInstanceOf(StepVerdict.Refuted.class);
  }
}
