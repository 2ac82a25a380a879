package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Δw is the change of w, one name; "Δ is not defined in the text" left update rules unchecked. */
@Timeout(60)
class DeltaQuantitiesTest extends gradlab.symbolic.EngineFixture {

  @Test
  void theChangeOfANameIsOneName() {
    assertThat(DeltaQuantities.rewrite("\\Delta w = -\\eta g, \\Delta w_{1}, \\Delta \\theta"))
        .isEqualTo("\\Delta_{w} = -\\eta g, \\Delta_{w_{1}}, \\Delta_{\\theta}");
  }

  @Test
  void whereTheTextDefinesDeltaItIsAFactor() {
    String text = "$\\Delta = b^2 - 4ac$, and $\\Delta x$";
    assertThat(DeltaQuantities.rewrite(text)).isEqualTo(text);
  }

  @Test
  void anUpdateRuleWithDeltaIsADefinitionAndItsNextStepIsChecked() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "Let $L = (w x - y)^2$.\n\n$$\\Delta w = -\\eta \\frac{\\partial L}{\\partial w} "
            + "= -2\\eta (w x - y) x$$\n");
    assertThat(r.count(StepVerdict.NotChecked.class)).as(r.render()).isZero();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void theChangeOfANameInBoldIsOneName() {
    assertThat(DeltaQuantities.rewrite("\\Delta \\boldsymbol{\\theta} = -\\epsilon \\mathbf{g}, "
        + "\\Delta \\mathbf{w}_{1}, \\Delta\\bm{x}"))
        .isEqualTo("\\Delta_{\\theta} = -\\epsilon \\mathbf{g}, \\Delta_{w_{1}}, \\Delta_{x}");
  }

  /** RMSProp's rule as Goodfellow writes it, then the gradient of J(θ) = θ²: Δ\boldsymbol{θ} was Δ·θ. */
  private static final String RMSPROP = "Compute parameter update: $\\Delta \\boldsymbol{\\theta} = "
      + "-\\frac{\\epsilon}{\\sqrt{\\delta + \\mathbf{r}}} \\odot \\mathbf{g}$\n\n"
      + "For example, take $J(\\theta) = \\theta^2$, so $g = 2 \\theta$, with $\\theta = 1$, "
      + "$r = 0.4$, $\\delta = 0$ and $\\epsilon = 0.01$. The first step has $g = 2$ and\n\n"
      + "$$\\Delta \\boldsymbol{\\theta} = -\\frac{0.01}{\\sqrt{0.4}} \\cdot 2 \\approx VALUE$$\n";

  @Test
  void aBoldChangeInAnUpdateRuleIsNotAProductThatRefutesTheGradient() {
    CheckReport r = FixturePair.checkMarkdown(engine, RMSPROP.replace("VALUE", "-0.031623"));
    assertThat(r.count(StepVerdict.Refuted.class)).as(r.render()).isZero();
    CheckReport wrong = FixturePair.checkMarkdown(engine, RMSPROP.replace("VALUE", "-0.063246"));
    assertThat(wrong.count(StepVerdict.Refuted.class)).as(wrong.render()).isEqualTo(1);
    assertThat(wrong.render()).contains("0.063246");
  }
}
