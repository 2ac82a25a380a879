package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A Σ without bounds over a family sums the whole family: after p₁, p₂, p₃ are given, Σ_j p_j
 * has at least three terms. Written out for one and two terms, the true Σ_j p_j = Σ_j q_j (both
 * 1) was refuted in a TA's correct label-smoothing submission.
 */
@Timeout(60)
class WholeFamilySumsTest extends gradlab.symbolic.EngineFixture {
  private static final String GIVEN = "Let $p_1 = \\frac{7.3891}{11.1073}$, $p_2 = "
      + "\\frac{2.7183}{11.1073}$, $p_3 = \\frac{1}{11.1073}$ and $q_1 = 0.9333$, $q_2 = 0.0333$, "
      + "$q_3 = 0.0333$.\n\n";

  @Test
  void aSumOverANamedFamilyIsNotWrittenOutForFewerTermsThanItsMembers() {
    CheckReport r = FixturePair.checkMarkdown(engine, GIVEN
        + "Both are distributions: $$\\sum_j p_j = \\sum_j q_j$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).doesNotContain("#terms = 1");
  }

  @Test
  void aWrongSumOverANamedFamilyIsStillNotProved() {
    CheckReport r = FixturePair.checkMarkdown(engine, GIVEN
        + "Both are distributions: $$\\sum_j p_j = 2 \\sum_j q_j$$\n");
    assertThat(r.render()).as(r.render()).doesNotContain("✓ \\sum_j");
    assertThat(r.render()).contains("#terms = 3");
  }
}
