package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A quantity named by a word in {@code \text{…}} (PyTorch's {@code \text{lr}}, an initialiser's
 * {@code \text{gain}}, {@code \text{fan}_{\text{in}}}) is one name, as {@code \mathrm{lr}} is
 * (issue 12, lead35): its arithmetic was "cannot read: no formula, only words", so a slip in it
 * went unnoticed. Words between formulas stay words.
 */
@Timeout(300)
class QuantitiesNamedByAWordInTextTest extends gradlab.symbolic.EngineFixture {
  private static final String STEP = "With a learning rate $\\text{lr} = 0.1$ and gradient "
      + "$g = 0.5$, the step is\n\n";
  private static final String FAN = "With $\\text{fan}_{\\text{in}} = 256$ and $\\text{gain} = "
      + "\\sqrt{2}$, the standard deviation is\n\n";

  @Test
  void aSlipInArithmeticWithTheLearningRateInWordsIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, STEP
        + "$$-\\text{lr} \\cdot g = -0.5$$\n");
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void theRightArithmeticWithTheLearningRateInWordsIsProved() {
    CheckReport r = FixturePair.checkMarkdown(engine, STEP
        + "$$-\\text{lr} \\cdot g = -0.05$$\n");
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWordWithAWordAsItsSubscriptIsOneName() {
    CheckReport right = FixturePair.checkMarkdown(engine, FAN
        + "$$\\frac{\\text{gain}}{\\sqrt{\\text{fan}_{\\text{in}}}} = \\frac{\\sqrt{2}}{16}$$\n");
    CheckReport wrong = FixturePair.checkMarkdown(engine, FAN
        + "$$\\frac{\\text{gain}}{\\sqrt{\\text{fan}_{\\text{in}}}} = \\frac{\\sqrt{2}}{8}$$\n");
    assertThat(FixturePair.lastClaim(right).verdict()).as(right.render())
        .isInstanceOf(StepVerdict.Proved.class);
    assertThat(FixturePair.lastClaim(wrong).verdict()).as(wrong.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aWordBetweenTwoFormulasIsNotAName() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Let $x = 2$.\n\n"
        + "$$x^2 = 4 \\text{and} x > 0$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aWordTheTextDefinesAsAFunctionStaysItsFunction() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Define $x_t = yx$ and\n\n"
        + "$$p_t = \\sigma(x_t)$$\n\nThe focal loss is\n\n"
        + "$$\\text{FL}(p_t) = -(1-p_t)^\\gamma \\log(p_t).$$\n\n"
        + "$$\\frac{d\\text{FL}}{dx} = y(1-p_t)^{\\gamma-1}(\\gamma p_t \\log(p_t) + p_t - 1)$$\n");
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class); // the exponent is γ, not γ − 1
  }
}
