package gradlab.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class DifferenceTest {
  @Test
  void aDifferenceAboveTheMarginIsHigher() {
    assertThat(Difference.of(0.51, 0.5)).isEqualTo(Difference.HIGHER);
  }

  @Test
  void aNegativeDifferenceBeyondTheMarginIsLower() {
    assertThat(Difference.of(-0.51, 0.5)).isEqualTo(Difference.LOWER);
  }

  @Test
  void aDifferenceAtOrInsideTheMarginIsWithinTheNoiseForEitherSign() {
    assertThat(Difference.of(0.5, 0.5)).isEqualTo(Difference.WITHIN_NOISE);
    assertThat(Difference.of(-0.5, 0.5)).isEqualTo(Difference.WITHIN_NOISE);
    assertThat(Difference.of(0, 0)).isEqualTo(Difference.WITHIN_NOISE);
  }

  @Test
  void aZeroMarginAsksOnlyForTheSign() {
    assertThat(Difference.of(1e-12, 0)).isEqualTo(Difference.HIGHER);
    assertThat(Difference.of(-1e-12, 0)).isEqualTo(Difference.LOWER);
  }

  @Test
  void wordFollowsTheVerdict() {
    assertThat(Difference.LOWER.word("up", "down", "same")).isEqualTo("down");
    assertThat(Difference.HIGHER.word("up", "down", "same")).isEqualTo("up");
    assertThat(Difference.WITHIN_NOISE.word("up", "down", "same")).isEqualTo("same");
  }

  @Test
  void aNegativeOrMissingMarginIsRefused() {
    assertThatThrownBy(() -> Difference.of(1, -0.1)).hasMessageContaining("margin -0.1");
    assertThatThrownBy(() -> Difference.of(Double.NaN, 1)).isInstanceOf(
        IllegalArgumentException.class);
  }
}
