package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "$g_t = \nabla_{\boldsymbol{\theta}} L(\boldsymbol{\theta}_{t-1})$" then "$g_1 = 2$, $g_2 =
 * 1$": the point θ_{t-1} was dropped, so ∇L(θ₀) and ∇L(θ₁) were one value and the true g₂ = 1
 * was ✗ (a TA's correct submission on Adam). A gradient at a point is not read.
 */
@Timeout(60)
class GradientAtAPointTest extends gradlab.symbolic.EngineFixture {
  @Test
  void gradientsAtTwoPointsAreNeverOneValue() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Adam uses the gradient $g_t = "
        + "\\nabla_{\\boldsymbol{\\theta}} L(\\boldsymbol{\\theta}_{t-1})$ and\n$$m_t = \\beta_1 "
        + "m_{t-1} + (1 - \\beta_1) g_t$$\n\n**Numbers.** $\\beta_1 = 0.9$, $m_0 = 0$, $g_1 = 2$, "
        + "$g_2 = 1$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("at a point");
  }

  @Test
  void aGradientAtItsOwnVariableIsStillRead() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Let $$L = w^2 + 3w$$ so "
        + "$$\\nabla_{w} L(w) = 2w + 4$$\n");
    assertThat(r.count(StepVerdict.Refuted.class)).as(r.render()).isEqualTo(1);
  }
}
