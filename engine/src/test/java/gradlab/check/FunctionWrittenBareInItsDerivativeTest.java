package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A function the text defines, L(a, y), written bare in a step that differentiates it (Ng's
 * {@code \frac{d\mathcal{L}}{dz} = a - y} with a = σ(z)), is L at its own parameters, the text's
 * quantities: the derivative runs through their definitions. It was "not checked: L is not
 * defined in the text, so its dependence on z is unknown". A wrong derivative stays ✗.
 */
class FunctionWrittenBareInItsDerivativeTest extends EngineFixture {
  private static final String LOSS = "$$z = w x + b$$\n\n$$a = \\sigma(z)$$\n\n"
      + "$$\\mathcal{L}(a, y) = -(y \\log(a) + (1 - y) \\log(1 - a))$$\n\n";

  private CheckReport check(String body) {
    return new DocumentChecker(engine, Duration.ofSeconds(20)).checkMarkdown("bare.md", body);
  }

  private static StepVerdict claimOnLine(CheckReport r, int line) {
    return r.steps().stream().filter(s -> s.line() == line && s.isClaim()).reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError(r.render())).verdict();
  }

  @Test
  void theDerivativeOfABareLossThroughADefinedQuantityIsProved() {
    CheckReport r = check(LOSS + "$$\\frac{d\\mathcal{L}}{dz} = a - y$$\n");
    assertThat(claimOnLine(r, 7)).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void theDerivativeOfABareLossByAWeightIsProved() {
    CheckReport r = check(LOSS + "$$\\frac{\\partial \\mathcal{L}}{\\partial w} = x (a - y)$$\n");
    assertThat(claimOnLine(r, 7)).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongDerivativeOfABareLossIsStillRefuted() {
    CheckReport r = check(LOSS + "$$\\frac{\\partial \\mathcal{L}}{\\partial b} = a + y$$\n");
    assertThat(claimOnLine(r, 7)).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aBareValueBesideTheFunctionsDerivativeIsItsValue() {
    CheckReport r = check("$$h(t) = e^{2t}$$\n\n$$\\frac{dh}{dt} = 2h$$\n");
    assertThat(claimOnLine(r, 3)).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongMultipleOfTheBareValueIsStillRefuted() {
    CheckReport r = check("$$h(t) = e^{2t}$$\n\n$$\\frac{dh}{dt} = h$$\n");
    assertThat(claimOnLine(r, 3)).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }
}
