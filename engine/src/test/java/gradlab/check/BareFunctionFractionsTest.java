package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import org.junit.jupiter.api.Test;

class BareFunctionFractionsTest extends EngineFixture {

  private static StepResult last(String markdown) {
    return FixturePair.lastClaim(FixturePair.checkMarkdown(engine, markdown));
  }

  @Test
  void derivativeOfTheSigmoidWrittenByItsNameAloneAfterItsDefinitionIsProved() {
    StepResult r = last("Let $\\sigma(z) = \\frac{1}{1+e^{-z}}$.\n\n"
        + "$$\\frac{d\\sigma}{dz} = \\sigma(z)(1-\\sigma(z))$$\n");
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void wrongDerivativeOfTheSigmoidWrittenByItsNameAloneIsRefuted() {
    StepResult r = last("Let $\\sigma(z) = \\frac{1}{1+e^{-z}}$.\n\n"
        + "$$\\frac{d\\sigma}{dz} = \\sigma(z)(1+\\sigma(z))$$\n");
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void tanhWrittenByItsNameAloneIsTheFunction() {
    StepResult r = last("$$\\frac{d\\tanh}{dx} = 1 - \\tanh^2 x$$\n");
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void sigmaAsAStandardDeviationIsNotDifferentiatedAsTheSigmoid() {
    // σ is a scale here: dσ/dz = 0 (σ does not depend on z) must not be refuted as σ′(z) = 0
    StepResult r = last("Let $\\sigma$ be the standard deviation, "
        + "$x \\sim \\mathcal{N}(0, \\sigma^2)$.\n\n$$\\frac{d\\sigma}{dz} = 0$$\n");
    assertThat(r.verdict()).as(r.toString()).isNotInstanceOf(StepVerdict.Refuted.class);
  }
}
