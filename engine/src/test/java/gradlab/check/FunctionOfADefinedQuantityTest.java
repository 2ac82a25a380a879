package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import org.junit.jupiter.api.Test;

/**
 * dF/dx of a function F(p) whose parameter p is a quantity of the text (p = σ(yx)): the
 * derivative of F at p(x), by the chain rule, never F′ at x.
 */
class FunctionOfADefinedQuantityTest extends EngineFixture {
  private static final String DEFINED = "Let $p = \\sigma(y x)$ and\n\n"
      + "$$G(p) = -\\log(p).$$\n\n";

  @Test
  void derivativeThroughTheDefinedParameterIsNotRefuted() {
    // read as G′(x) = −1/x, the true step was ✗
    StepResult r = FixturePair.lastClaim(FixturePair.checkMarkdown(engine,
        DEFINED + "$$\\frac{dG}{dx} = y(p - 1)$$\n"));
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void wrongDerivativeThroughTheDefinedParameterIsRefuted() {
    StepResult r = FixturePair.lastClaim(FixturePair.checkMarkdown(engine,
        DEFINED + "$$\\frac{dG}{dx} = y(1 - p)$$\n"));
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void derivativeByTheParameterItselfIsStillTheFunctionsDerivative() {
    StepResult r = FixturePair.lastClaim(FixturePair.checkMarkdown(engine,
        "$$f(z) = z^2$$\n\n$$\\frac{df}{dz} = 2z$$\n"));
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Proved.class);
  }
}
