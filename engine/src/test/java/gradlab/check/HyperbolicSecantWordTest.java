package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import org.junit.jupiter.api.Test;

/**
 * The hyperbolic secant written as a word ({@code \mathrm{sech}^2(u)}, Misra's Mish
 * derivative): read as 1/cosh, never as the names s·e·c·h or a function of the text's own.
 */
class HyperbolicSecantWordTest extends EngineFixture {

  @Test
  void theMishDerivativeWithSechSquaredIsProved() {
    // "sech is not defined in the text" left Misra's eq. (2) not checked
    StepResult r = FixturePair.lastClaim(FixturePair.checkMarkdown(engine,
        "$$f(x) = x\\tanh(\\mathrm{softplus}(x))$$\n\n$$f'(x) = \\mathrm{sech}^2"
            + "(\\mathrm{softplus}(x))\\,x\\,\\mathrm{sigmoid}(x) + \\frac{f(x)}{x}$$\n"));
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void sechSquaredWrittenForOnePlusTanhSquaredIsRefuted() {
    StepResult r = FixturePair.lastClaim(FixturePair.checkMarkdown(engine,
        "$$\\operatorname{sech}^2(x) = 1 + \\tanh^2(x)$$\n"));
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void sechSquaredAsOneMinusTanhSquaredIsNotRefuted() {
    StepResult r = FixturePair.lastClaim(FixturePair.checkMarkdown(engine,
        "$$\\text{sech}^2(x) = 1 - \\tanh^2(x)$$\n"));
    assertThat(r.verdict()).as(r.toString()).isNotInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aPrimedSechIsNotRead() {
    // sech′ = −sech·tanh; a prime on the word is not read, so the wrong sign is not checked
    StepResult r = FixturePair.lastClaim(FixturePair.checkMarkdown(engine,
        "$$\\mathrm{sech}'(x) = \\mathrm{sech}(x)\\tanh(x)$$\n"));
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.NotChecked.class);
  }
}
