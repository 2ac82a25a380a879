package gradlab.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class AgreementTest {
  @Test
  void deviationsInsideTheToleranceAgree() {
    assertThat(Agreement.describe(Agreement.relativeDeviation(3.859, 4), 0.1)).isEqualTo(
        "agree to within 3.5 % (tolerance 10 %)");
  }

  @Test
  void deviationsBeyondTheToleranceDiffer() {
    assertThat(Agreement.describe(0.12, 0.1)).isEqualTo(
        "differ by up to 12.0 %, more than the 10 % tolerance");
  }

  @Test
  void closerToPicksTheNearerCandidateOnEitherSide() {
    assertThat(Agreement.closerTo(1.092, 1.090, 1.135)).isTrue();
    assertThat(Agreement.closerTo(1.092, 1.135, 1.090)).isFalse();
  }

  @Test
  void driftIsWordedAgainstTheToleranceBothWays() {
    assertThat(Agreement.drift(0.405, 0.1)).isEqualTo("drifts to 0.41 times");
    assertThat(Agreement.drift(2.5, 0.1)).isEqualTo("drifts to 2.5 times");
    assertThat(Agreement.drift(1.05, 0.1)).isEqualTo("stays within 10 % of");
    assertThat(Agreement.drift(1 / 1.05, 0.1)).isEqualTo("stays within 10 % of");
  }
}
