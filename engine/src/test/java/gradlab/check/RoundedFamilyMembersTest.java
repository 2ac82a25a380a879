package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Stated values of members of a family the text defines by a formula are computed, so rounded:
 * with q₁ = 0.9333, q₂ = q₃ = 0.0333 of q_k = (1 − ε) y_k + ε/K, the true Σ_j q_j = 1 was ✗
 * (0.9999 taken as exact; a TA's correct submission on label smoothing).
 */
@Timeout(60)
class RoundedFamilyMembersTest extends gradlab.symbolic.EngineFixture {
  private static final String SMOOTHING = "With $K = 3$ classes let $q_k = (1 - \\varepsilon) "
      + "y_k + \\frac{\\varepsilon}{K}$, where $y$ is one-hot.\n\nNumbers: $\\varepsilon = 0.1$, "
      + "$q_1 = 0.9333$, $q_2 = q_3 = 0.0333$.\n\n";

  @Test
  void aSumOfRoundedMembersIsNotRefutedAgainstItsExactValue() {
    CheckReport r = FixturePair.checkMarkdown(engine, SMOOTHING + "So $q_1 + q_2 + q_3 = 1$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("rounded values of members");
  }
}
