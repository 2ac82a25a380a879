package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A {@code :=} rule checked against the gradient the text stated for its name (CS229's notes:
 * {@code \theta_1 := \theta_1 - \alpha\frac{1}{m}\sum(h_\theta(x^{(i)}) - y^{(i)})} after
 * (1.2) with its factor x⁽ⁱ⁾, the planted slip never found). A ✗ only where the step drops a
 * data name of the gradient; a rate of another size, ascent and a regulariser's gradient added
 * are never refuted.
 */
@Timeout(180)
class UpdateRuleAgainstAStatedGradientTest extends gradlab.symbolic.EngineFixture {
  private static final String GRADIENT = "Gradient descent.\n\n"
      + "$$\\frac{\\partial}{\\partial\\theta_1}J(\\theta_0,\\theta_1)=\\frac{1}{m}\\sum_{i=1}^m"
      + "(h_{\\theta}(x^{(i)})-y^{(i)})x^{(i)}$$\n\n";
  private static final String SUM = "\\sum_{i=1}^m(h_{\\theta}(x^{(i)})-y^{(i)})";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aColonRuleThatDropsTheInputOfTheStatedGradientIsRefutedAtItsLine() {
    CheckReport r = check(GRADIENT + "$$\\theta_1:=\\theta_1-\\alpha\\frac{1}{m}" + SUM + "$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).as(r.render()).isEqualTo(5);
  }

  @Test
  void theStatedGradientsOwnRuleIsNotRefuted() {
    CheckReport r = check(GRADIENT + "$$\\theta_1:=\\theta_1-\\alpha\\frac{1}{m}" + SUM
        + "x^{(i)}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aRuleWithTheAverageFoldedIntoTheRateIsNotRefuted() {
    CheckReport r = check(GRADIENT + "$$\\theta_1:=\\theta_1-\\alpha" + SUM + "x^{(i)}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aRuleWrittenWithTheResidualReversedOrAsAscentIsNotRefuted() {
    CheckReport r = check(GRADIENT + "$$\\theta_1:=\\theta_1+\\alpha\\frac{1}{m}\\sum_{i=1}^m"
        + "(y^{(i)}-h_{\\theta}(x^{(i)}))x^{(i)}$$\n\n$$\\theta_1:=\\theta_1+\\alpha\\frac{1}{m}"
        + SUM + "x^{(i)}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aRuleWithARegularisersGradientAddedIsNotRefuted() {
    CheckReport r = check(GRADIENT + "$$\\theta_1:=\\theta_1-\\alpha\\left(\\frac{1}{m}" + SUM
        + "x^{(i)} + \\lambda\\theta_1\\right)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aColonRuleDroppingTheInputOfASimpleStatedGradientIsRefuted() {
    CheckReport r = check("Let $L = \\frac12 (w x - y)^2$, minimised by gradient descent.\n\n"
        + "$$\\frac{\\partial L}{\\partial w} = (wx - y)x$$\n\n$$w := w - \\eta (wx - y)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).as(r.render()).isEqualTo(5);
  }

  @Test
  void aRuleWithAStateOrAFunctionOfItsOwnIsNotRefuted() {
    CheckReport r = check(GRADIENT + "$$\\theta_1:=\\theta_1-\\alpha\\mu$$\n\n"
        + "$$\\theta_1:=\\theta_1-\\alpha\\,\\mathrm{clip}\\left(\\frac{1}{m}" + SUM
        + "\\right)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aStochasticRuleForOneExampleIsNotRefuted() {
    CheckReport r = check(GRADIENT + "$$\\theta_1:=\\theta_1-\\alpha(h_{\\theta}(x)-y)x$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
