package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import org.junit.jupiter.api.Test;

/**
 * A function the text names by an upright word, {@code \text{FL}(p) = …}: applied and
 * differentiated wherever the word is written, in \text, \mathrm or \operatorname.
 */
class UprightFunctionWordTest extends EngineFixture {
  private static final String DEFINED = "Let $p = \\sigma(x)$. The loss is\n\n"
      + "$$\\text{FL}(p) = -(1 - p)^2 \\log(p).$$\n\n";

  @Test
  void wrongDerivativeOfAnUprightFunctionWordIsRefuted() {
    // "the operator FL(…)" and d\text{FL}/dx "no formula, only words": never found
    StepResult r = FixturePair.lastClaim(FixturePair.checkMarkdown(engine,
        DEFINED + "$$\\frac{d\\mathrm{FL}}{dx} = (1-p)(2 p \\log(p) + p - 1)$$\n"));
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void trueDerivativeOfAnUprightFunctionWordIsNotRefuted() {
    StepResult r = FixturePair.lastClaim(FixturePair.checkMarkdown(engine,
        DEFINED + "$$\\frac{d\\text{FL}}{dx} = (1-p)^2(2 p \\log(p) + p - 1)$$\n"));
    assertThat(r.verdict()).as(r.toString()).isNotInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void uprightWordAppliedToANumberIsItsValue() {
    StepResult r = FixturePair.lastClaim(FixturePair.checkMarkdown(engine,
        "$$\\operatorname{NLL}(q) = -\\log(q)$$\n\n$$\\text{NLL}(1) = 0$$\n"));
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void catalogueWordsKeepTheirReading() {
    StepResult r = FixturePair.lastClaim(FixturePair.checkMarkdown(engine,
        "$$\\mathrm{ReLU}(x) = \\max(0, x)$$\n"));
    assertThat(r.verdict()).as(r.toString()).isNotInstanceOf(StepVerdict.Refuted.class);
  }
}
