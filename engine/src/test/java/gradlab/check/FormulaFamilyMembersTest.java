package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Adam's bias correction worked by hand (a lecturer's key): after
 * {@code \hat m_t = \frac{m_t}{1 - \beta_1^t}}, the line {@code \hat m_2 = \frac{0.28}{1 - 0.9}}
 * (power 1 for 2) was a silent "[definition]" and the summary said nothing was left unchecked.
 * A member of a family the text defines by a formula is a claim, checked at its index.
 */
@Timeout(120)
class FormulaFamilyMembersTest extends gradlab.symbolic.EngineFixture {
  private static final String ADAM = "Set $\\beta_1 = 0.9$, $m_0 = 0$, $g_1 = 2$, $g_2 = 1$.\n\n"
      + "$$m_t = \\beta_1 m_{t-1} + (1 - \\beta_1) g_t$$\n\n"
      + "$$\\hat m_t = \\frac{m_t}{1 - \\beta_1^t}$$\n\n"
      + "Then $m_1 = 0.1 \\cdot 2 = 0.2$ and $m_2 = 0.9 \\cdot 0.2 + 0.1 \\cdot 1 = 0.28$.\n\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aBiasCorrectionWithTheRightPowerIsNotRefuted() {
    CheckReport r = check(ADAM + "So $\\hat m_2 = \\frac{0.28}{1 - 0.9^2} = 1.4737$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("\\frac{m_{2}}{1 - \\beta_{1}^{2}} = ");
  }

  @Test
  void aBiasCorrectionWithTheWrongPowerIsRefutedAtItsLine() {
    CheckReport r = check(ADAM + "So $\\hat m_2 = \\frac{0.28}{1 - 0.9} = 2.8$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).as(r.render()).isEqualTo(9);
  }

  @Test
  void aMemberWhoseInputsTheTextNeverStatesIsNotCheckedNotADefinition() {
    CheckReport r = check("$$\\hat m_t = \\frac{m_t}{1 - \\beta_1^t}$$\n\n"
        + "So $\\hat m_2 = \\frac{0.28}{1 - 0.9}$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.NotChecked.class)).as(r.render()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void aWrongMemberValueIsNotKeptForTheLinesAfterIt() {
    // user14 F5: p_1 = 1/2 of a defined p_k was kept as p_1's definition, and the next, true
    // p_1 = e^0/(e^0 + e^0 + e^0) was ✗ against it
    CheckReport r = FixturePair.checkMarkdown(engine, "Let $p_k = \\frac{e^{z_k}}{\\sum_{j=1}^{3} "
        + "e^{z_j}}$.\n\nPlugging in $z_1 = 0$, $z_2 = 0$, $z_3 = 0$ we get $p_1 = \\frac{1}{2}$.\n\n"
        + "$$p_1 = \\frac{e^{0}}{e^0 + e^0 + e^0}$$\n");
    assertThat(r.firstRefuted().orElseThrow().line()).as(r.render()).isEqualTo(3);
    assertThat(r.count(StepVerdict.Refuted.class)).as(r.render()).isEqualTo(1);
  }
}
