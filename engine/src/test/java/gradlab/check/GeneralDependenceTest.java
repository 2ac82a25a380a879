package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Rules written with a quantity the text never defines (Olah's sum and product rules) hold
 * whatever it depends on; they were "not checked: b is not defined in the text, so its
 * dependence on a is unknown".
 */
@Timeout(120)
class GeneralDependenceTest extends gradlab.symbolic.EngineFixture {

  private CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void theSumRuleWithAnUndefinedSummandIsProved() {
    CheckReport r = check("$$\\frac{\\partial}{\\partial a}(a+b) = \\frac{\\partial a}{\\partial a}"
        + " + \\frac{\\partial b}{\\partial a}$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
    assertThat(r.render()).contains("whatever b depends on");
  }

  @Test
  void theProductRuleWithAnUndefinedFactorIsProved() {
    CheckReport r = check("$$\\frac{\\partial}{\\partial u}uv = u\\frac{\\partial v}{\\partial u}"
        + " + v\\frac{\\partial u}{\\partial u}$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aStepThatNeedsTheQuantityIndependentStaysNotChecked() {
    CheckReport r = check("$$u\\frac{\\partial v}{\\partial u} + v\\frac{\\partial u}{\\partial u}"
        + " = v$$\n");
    assertThat(r.count(StepVerdict.NotChecked.class)).as(r.render()).isEqualTo(1);
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aWrongProductRuleIsNeitherProvedNorRefuted() {
    // false for most v, but true where v is 0: nothing the text states excludes that
    CheckReport r = check("$$\\frac{\\partial}{\\partial u}uv = u\\frac{\\partial v}"
        + "{\\partial u}$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isZero();
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aSecondDerivativeIsNotReadThroughTheGeneralForm() {
    // b = b₀ + p·a has no second derivative: ∂²b/∂a² = 0 must not be proved
    CheckReport r = check("$$\\frac{\\partial}{\\partial a}\\frac{\\partial b}{\\partial a} = 0$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isZero();
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
