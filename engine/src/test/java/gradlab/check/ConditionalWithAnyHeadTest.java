package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A conditional written with another head than P or p, {@code q(z|x)},
 * {@code \pi_\theta(a_t | s_t)}, {@code q_\sigma(\tilde{x} | x)}, {@code p\left(w_j|w_I\right)},
 * was "cannot read: unexpected ')'" (the bar read as an absolute value that never closes): 15
 * claims of the transcribed corpus (PPO, REINFORCE, Vincent, word2vec, label smoothing). It is
 * one quantity, as p(y | x) is; a derivative of one the text does not define stays unchecked.
 */
@Timeout(60)
class ConditionalWithAnyHeadTest extends gradlab.symbolic.EngineFixture {

  @Test
  void ratioOfTwoPoliciesIsReadAndTheWrongWayUpIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, "# PPO\n\n"
        + "$$\\log \\pi_\\theta(a_t | s_t) - \\log \\pi_{\\theta_{\\text{old}}}(a_t | s_t)"
        + " = \\log \\frac{\\pi_\\theta(a_t | s_t)}{\\pi_{\\theta_{\\text{old}}}(a_t | s_t)}$$\n\n"
        + "$$\\log \\pi_\\theta(a_t | s_t) - \\log \\pi_{\\theta_{\\text{old}}}(a_t | s_t)"
        + " = \\log \\frac{\\pi_{\\theta_{\\text{old}}}(a_t | s_t)}{\\pi_\\theta(a_t | s_t)}$$\n");
    assertThat(r.steps().get(0).verdict()).as(r.render())
        .isInstanceOfAny(StepVerdict.Proved.class, StepVerdict.Unknown.class);
    assertThat(r.firstRefuted().orElseThrow().line()).as(r.render()).isEqualTo(5);
    assertThat(r.render()).contains("π_θ(at | st)").doesNotContain("given");
  }

  @Test
  void logOfAnUndefinedConditionalIsOneQuantity() {
    CheckReport r = FixturePair.checkMarkdown(engine, "# q\n\n"
        + "$$\\log q(z|x) = \\log q(z|x) + 0$$\n\n"
        + "$$\\log p\\left(w_j|w_I\\right) = 2 \\log p\\left(w_j|w_I\\right)"
        + " - \\log p\\left(w_j|w_I\\right)$$\n\n"
        + "$$\\log q(z|x) = 2 \\log q(z|x)$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
    assertThat(r.firstRefuted().orElseThrow().line()).as(r.render()).isEqualTo(7);
  }

  @Test
  void derivativeOfADefinedDenoisingDensityIsProvedAndTheWrongSignRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, "# Vincent\n\n"
        + "$$q_\\sigma(\\tilde{x} | x) = \\frac{1}{\\sqrt{2\\pi} \\sigma}"
        + " e^{-\\frac{(\\tilde{x} - x)^2}{2\\sigma^2}}$$\n\n"
        + "$$\\frac{\\partial \\log q_\\sigma(\\tilde{x} | x)}{\\partial \\tilde{x}}"
        + " = -\\frac{\\tilde{x} - x}{\\sigma^2}$$\n\n"
        + "$$\\frac{\\partial \\log q_\\sigma(\\tilde{x} | x)}{\\partial \\tilde{x}}"
        + " = \\frac{\\tilde{x} - x}{\\sigma^2}$$\n");
    assertThat(r.steps().stream().filter(s -> s.line() == 5).findFirst().orElseThrow()
        .verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(r.firstRefuted().orElseThrow().line()).as(r.render()).isEqualTo(7);
  }

  @Test
  void derivativeThroughADefinitionOfAnUndefinedConditionalIsNotDecided() {
    // ℓ's q(z | x) may depend on w (the model's): d/dw would take it for a constant
    CheckReport r = FixturePair.checkMarkdown(engine, "# q\n\n"
        + "Let $\\ell = -\\log q(z|x) + w^2$.\n\n"
        + "$$\\frac{\\partial \\ell}{\\partial w} = 2w$$\n\n"
        + "$$\\frac{\\partial \\ell}{\\partial w} = 3w$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isZero();
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("q(z | x)");
  }

  @Test
  void aDecoratedArgumentIsAnotherQuantity() {
    CheckReport r = FixturePair.checkMarkdown(engine, "# q\n\n"
        + "$$\\log q(\\tilde{x} | x) + 1 = \\log q(x | x) + 1$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isZero();
  }
}
