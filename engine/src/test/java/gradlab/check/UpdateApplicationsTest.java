package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A gradient-descent step written without its rule, after the text stated the rule: the next
 * iterate is a claim against the rule, with the values the text gave last (issue 12, held-out
 * rounds: a wrong sign in "w_2 = 1.5 + 0.25 · (−3)" was read as a definition).
 */
@Timeout(120)
class UpdateApplicationsTest extends gradlab.symbolic.EngineFixture {
  private static final String RULE = "Gradient descent updates the weight by "
      + "$w_{t+1} = w_t - \\eta g_t$.\n\n"
      + "Take $f(w) = w^2 - 6w$ with $\\eta = 0.25$. At $w_1 = 1.5$ the gradient is "
      + "$g_1 = 2 w_1 - 6 = -3$.\n\n";
  private static final String ARROW = "We minimize $f(w) = w^2 - 6w$ by the rule "
      + "$w \\leftarrow w - \\eta f'(w)$, with $\\eta = 0.25$.\n"
      + "At $w = 1.5$ the gradient is $f'(1.5) = 2 \\cdot 1.5 - 6 = -3$, so the next iterate is\n\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aNextIterateWrittenWithNumbersIsProvedAgainstTheIndexedRule() {
    CheckReport r = check(RULE + "$$w_2 = 1.5 - 0.25 \\cdot (-3) = 2.25$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("one step of the update rule of line 1");
  }

  @Test
  void aNextIterateWithTheSignFlippedIsRefutedAtItsLine() {
    CheckReport r = check(RULE + "$$w_2 = 1.5 + 0.25 \\cdot (-3) = 0.75$$\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(5));
  }

  @Test
  void aWrongSignAfterTheRuleWrittenOutIsRefutedThoughThePointsWereTheSentences() {
    CheckReport r = check(RULE + "$$w_2 = w_1 - \\eta g_1 = 1.5 + 0.25 \\cdot (-3) = 0.75$$\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(5));
  }

  @Test
  void aNewIterateAfterAnArrowRuleIsProvedWhenRight() {
    CheckReport r = check(ARROW + "$$w_{\\text{new}} = 1.5 - 0.25 \\cdot (-3) = 2.25$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("one step of the update rule of line 1");
  }

  @Test
  void aNewIterateAfterAnArrowRuleWithTheSignFlippedIsRefuted() {
    CheckReport r = check(ARROW + "$$w_{\\text{new}} = 1.5 + 0.25 \\cdot (-3) = 0.75$$\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(4));
  }

  @Test
  void aNextIterateWithoutAnyRuleStaysADefinition() {
    CheckReport r = check("With $\\eta = 0.25$ and gradient $-3$ at $w_1 = 1.5$:\n\n"
        + "$$w_2 = 1.5 + 0.25 \\cdot (-3) = 0.75$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).doesNotContain("update rule of line");
  }

  @Test
  void weightsListedAfterAnArrowRuleAreNoIterates() {
    CheckReport r = check("The rule is $w \\leftarrow w - \\eta \\frac{\\partial E}{\\partial w}$"
        + " with $\\eta = 0.5$.\n\nThe weights are $w_1 = 0.15$, $w_2 = 0.2$ and "
        + "$w_3 = 0.25$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).doesNotContain("update rule of line");
  }

  private static final String ADAM = "Adam keeps $m_t = \\beta_1 m_{t-1} + (1 - \\beta_1) g_t$, "
      + "corrects its bias with $\\hat{m}_t = \\frac{m_t}{1 - \\beta_1^t}$.\n\n"
      + "Take $\\beta_1 = 0.9$, $m_0 = 0$ and gradients $g_1 = 2$, $g_2 = 2$.\n\n"
      + "$$m_1 = 0.9 \\cdot 0 + 0.1 \\cdot 2 = 0.2$$\n\n"
      + "$$m_2 = 0.9 \\cdot 0.2 + 0.1 \\cdot 2 = 0.38$$\n\n";

  @Test
  void aBiasCorrectedMomentAtStepTwoIsProvedWithTheSecondPower() {
    CheckReport r = check(ADAM + "$$\\hat{m}_2 = \\frac{0.38}{1 - 0.9^2} = 2$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    // checked once, against the family m̂_t (not again as a step of the update rule)
    assertThat(r.render())
        .contains("✓ \\frac{m_{2}}{1 - \\beta_{1}^{2}} = \\frac{0.38}{1 - 0.9^2}")
        .doesNotContain("one step of the update rule of line 1");
  }

  @Test
  void aBiasCorrectionWithTheFirstPowerAtStepTwoIsRefutedAtItsLine() {
    CheckReport r = check(ADAM + "$$\\hat{m}_2 = \\frac{0.38}{1 - 0.9} = 3.8$$\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(9));
  }

  private static final String WHERE = "We take one step of the rule $w \\leftarrow w - \\eta "
      + "\\frac{\\partial J}{\\partial w}$, where $J(w) = (w - 3)^2$, from $w = 1$ with "
      + "$\\eta = 0.1$:\n\n";

  @Test
  void aRuleWhoseLossIsDefinedAfterItInTheSentenceIsAppliedWithIt() {
    CheckReport r = check(WHERE + "$$w_{\\text{new}} = 1 - 0.1 \\cdot (-4) = 1.4$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("one step of the update rule of line 1");
  }

  @Test
  void aWrongSignInAStepOfARuleWithATrailingLossIsRefuted() {
    CheckReport r = check(WHERE + "$$w_{\\text{new}} = 1 + 0.1 \\cdot (-4) = 0.6$$\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(3));
  }
}
