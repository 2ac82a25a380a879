package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A bare π where the text defines a policy π(a|s, θ) ({@link TextPolicies}): Sutton and Barto's
 * true eligibility {@code \frac{\partial \ln \pi}{\partial \theta_\sigma} = …} was refuted with π
 * read as 3.14159… (left side 0). Both readings are tried: a true step is never refuted, a step
 * false under both still is, and π as the constant in √(2π) keeps its proof.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BarePiOfATextsPolicyTest extends CheckFixture {
  private static final String POLICY = "The policy is\n\n$$\\pi(a|s, \\theta) = \\frac{1}{\\sigma"
      + "\\sqrt{2\\pi}} \\exp\\left(-\\frac{(a - \\mu)^2}{2\\sigma^2}\\right)$$\n\nwith $\\mu = "
      + "\\theta_\\mu x_\\mu$ and $\\sigma = \\exp(\\theta_\\sigma x_\\sigma)$. Then\n\n";

  @Test
  void aTrueEligibilityThroughABarePolicyPiIsNotRefuted() {
    CheckReport r = checkMarkdown("sutton-barto-bare-pi.md", POLICY + "$$\\frac{\\partial \\ln "
        + "\\pi}{\\partial \\theta_\\sigma} = \\left(\\frac{(a - \\mu)^2}{\\sigma^2} - 1\\right) "
        + "x_\\sigma$$\n");
    assertThat(r.render()).doesNotContain("✗");
    assertThat(claimOnLine(r, 7).verdict().toString()).as(r.render()).contains("policy");
  }

  @Test
  void anEligibilityFalseUnderBothReadingsIsStillRefuted() {
    CheckReport r = checkMarkdown("sutton-barto-bare-pi-wrong.md", POLICY + "$$\\frac{\\partial "
        + "\\ln \\pi}{\\partial \\theta_\\sigma} = \\frac{(a - \\mu)^2}{\\sigma^2} x_\\sigma$$\n");
    assertThat(claimOnLine(r, 7).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void piAsTheConstantBesideAPolicyKeepsItsProof() {
    CheckReport r = checkMarkdown("policy-and-constant-pi.md", POLICY
        + "$$\\sqrt{2\\pi} \\approx 2.5066$$\n");
    assertThat(claimOnLine(r, 7).verdict()).as(r.render()).isNotInstanceOf(
        StepVerdict.Refuted.class);
  }
}
