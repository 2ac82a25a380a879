package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A value given to a member of a family the text defines ("$p_i = \frac{e^{z_i}}{\sum_j
 * e^{z_j}}$, so $p_1 = 0.659$") is the member's value, not a point at which p₁ is a variable of
 * its own: taken as one, L = −log p₁ was a constant and the true ∂L/∂z₂ = p₂ was ✗ (issue 12,
 * the lead's probe of a plain-text softmax homework after phone36's plain families).
 */
@Timeout(300)
class AFamilyMembersValueIsNotAPointTest extends gradlab.symbolic.EngineFixture {
  @Test
  void theDerivativeThroughAMemberWithAValueIsNotRefutedInLatex() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Let $z = (2, 1, 0.1)$ and $p_i = "
        + "\\frac{e^{z_i}}{\\sum_j e^{z_j}}$, so $p_1 = 0.659$.\n\nThe loss is "
        + "$L = -\\log p_1$.\n\n$$\\frac{\\partial L}{\\partial z_2} = p_2$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void theDerivativeThroughAMemberWithAValueIsNotRefutedInPlainText() {
    CheckReport r = new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("p.txt",
        "z = [2, 1, 0.1]\np_i = e^(z_i) / sum_j e^(z_j)\np_1 = 0.659\nL = -log(p_1)\n"
        + "dL/dz_2 = p_2\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aWrongDerivativeThroughTheMemberIsStillRefuted() {
    CheckReport r = new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("p.txt",
        "z = [2, 1, 0.1]\np_i = e^(z_i) / sum_j e^(z_j)\np_1 = 0.659\nL = -log(p_1)\n"
        + "dL/dz_2 = -p_2\n");
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }
}
