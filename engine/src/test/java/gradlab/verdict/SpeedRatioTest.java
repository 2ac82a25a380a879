package gradlab.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class SpeedRatioTest {
  @Test
  void ratiosAllAboveOneSayFasterByTheMinimumRoundedDown() {
    assertThat(SpeedRatio.describe("gradlab", "PyTorch", 1.209, 1.37))
        .isEqualTo("gradlab ≥ 1.20× faster than PyTorch");
  }

  @Test
  void ratiosAllBelowOneSaySlowerByTheInverseOfTheMaximum() {
    assertThat(SpeedRatio.describe("gradlab", "PyTorch", 0.85, 0.92))
        .isEqualTo("gradlab ≥ 1.08× slower than PyTorch");
  }

  @Test
  void aRangeAcrossOneGivesNoDirection() {
    assertThat(SpeedRatio.describe("gradlab", "PyTorch", 0.97, 1.14))
        .startsWith("gradlab neither consistently faster nor slower than PyTorch");
    assertThat(SpeedRatio.describe("a", "b", 1.0, 1.0)).contains("neither");
  }

  @Test
  void roundingDownKeepsTheBoundTrue() {
    assertThat(SpeedRatio.floor2(1.15)).isEqualTo("1.15");
    assertThat(SpeedRatio.floor2(1.5999)).isEqualTo("1.59");
  }

  @Test
  void anImpossibleRangeIsRefused() {
    assertThatThrownBy(() -> SpeedRatio.describe("a", "b", 2, 1)).hasMessageContaining("2.0–1.0");
    assertThatThrownBy(() -> SpeedRatio.describe("a", "b", 0, 1)).isInstanceOf(
        IllegalArgumentException.class);
  }
}
