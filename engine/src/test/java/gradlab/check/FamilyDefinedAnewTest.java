package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two learning-rate schedules side by side (found by a new user): after "instead $\eta_t = …$",
 * the true η₂₀ = 0.1/2 of the new schedule was ✗ against η₂₀ of the first.
 */
@Timeout(60)
class FamilyDefinedAnewTest extends gradlab.symbolic.EngineFixture {
  @Test
  void aMemberOfAFamilyDefinedAnewIsNotCheckedAgainstTheOldOne() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Exponential decay: $\\eta_t = \\eta_0 "
        + "e^{-kt}$ with $\\eta_0 = 0.1$, $k = 0.05$, so $\\eta_{20} = 0.1 e^{-1} \\approx 0.0368$."
        + "\nInverse-time decay instead: $\\eta_t = \\frac{\\eta_0}{1 + k t}$ gives $\\eta_{20} = "
        + "\\frac{0.1}{2} = 0.05$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
