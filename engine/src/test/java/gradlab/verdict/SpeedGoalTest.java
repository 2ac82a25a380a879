package gradlab.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class SpeedGoalTest {
  @Test
  void everyRoundAtLeastTheFactorMeetsTheGoalAndQuotesTheLowest() {
    assertThat(SpeedGoal.factor(10, new double[] {56.31, 120, 10}))
        .isEqualTo("goal ≥ 10× faster: met in every round (lowest ratio 10×)");
  }

  @Test
  void oneRoundBelowTheFactorMissesTheGoalAndNamesThatRound() {
    assertThat(SpeedGoal.factor(10, new double[] {56.3, 9.97, 120}))
        .isEqualTo("goal ≥ 10× faster: NOT met (9.97× in round 2)");
  }

  @Test
  void everyRoundWithinTheLimitMeetsTheGoalAndQuotesTheSlowest() {
    assertThat(SpeedGoal.within(10, new double[] {9.412, 3.1, 10}))
        .isEqualTo("goal ≤ 10 ms: met in every round (slowest 10 ms)");
  }

  @Test
  void oneRoundOverTheLimitMissesTheGoalAndNamesThatRound() {
    assertThat(SpeedGoal.within(10, new double[] {9.4, 8.0, 12.34}))
        .isEqualTo("goal ≤ 10 ms: NOT met (12.4 ms in round 3)");
  }

  @Test
  void aMissByLessThanTheLastDigitShownStillReadsAsAMiss() {
    assertThat(SpeedGoal.factor(10, new double[] {9.996})).isEqualTo(
        "goal ≥ 10× faster: NOT met (9.99× in round 1)");
    assertThat(SpeedGoal.within(10, new double[] {10.004})).isEqualTo(
        "goal ≤ 10 ms: NOT met (10.1 ms in round 1)");
    assertThat(SpeedGoal.factor(10, new double[] {1480.7})).isEqualTo(
        "goal ≥ 10× faster: met (lowest ratio 1480×)");
  }

  @Test
  void aSingleRoundSaysMetWithoutEveryRound() {
    assertThat(SpeedGoal.within(10, new double[] {0.5})).isEqualTo(
        "goal ≤ 10 ms: met (slowest 0.5 ms)");
  }

  @Test
  void noOrNonPositiveMeasurementsAreRefused() {
    assertThatThrownBy(() -> SpeedGoal.factor(10, new double[0]))
        .hasMessageContaining("no measurements");
    assertThatThrownBy(() -> SpeedGoal.within(10, new double[] {1, Double.NaN}))
        .hasMessageContaining("NaN");
  }
}
