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
}
