package gradlab.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ReluRunsTest {
  /** The figures: biases −1 has most dead units but beats remedy 2 on final loss. */
  @Test
  void moreDeadUnitsWithALowerLossIsFoundAsADisagreement() {
    int[] dead = {24, 28, 0, 2};
    double[] loss = {0.0499, 0.0013, 0.0002, 0.0037};
    assertThat(ReluRuns.strongestDisagreement(dead, loss))
        .contains(new ReluRuns.Disagreement(1, 3));
  }

  @Test
  void measuresThatOrderEveryPairAlikeDoNotDisagree() {
    assertThat(ReluRuns.strongestDisagreement(new int[] {24, 28, 0, 2},
        new double[] {0.04, 0.05, 0.001, 0.002})).isEmpty();
  }

  @Test
  void countAndLossWordsFollowTheDirection() {
    assertThat(ReluRuns.countWord(28, 24)).isEqualTo("more than");
    assertThat(ReluRuns.countWord(2, 24)).isEqualTo("fewer than");
    assertThat(ReluRuns.countWord(24, 24)).isEqualTo("as many as");
    assertThat(ReluRuns.lossWord(0.0013, 0.0037)).isEqualTo("lower than");
    assertThat(ReluRuns.lossWord(0.0499, 0.0037)).isEqualTo("higher than");
  }

  @Test
  void aLossThatFellLessThanTheThresholdHasStalled() {
    assertThat(ReluRuns.trend(0.0510, 0.0499, 0.1)).isEqualTo("fell by only 2 %: it has stalled");
    assertThat(ReluRuns.trend(0.0500, 0.0510, 0.1)).isEqualTo("rose by 2 %: it has stalled");
  }

  @Test
  void aLossThatFellMoreThanTheThresholdIsStillFalling() {
    assertThat(ReluRuns.trend(0.01, 0.002, 0.1)).isEqualTo("fell by 80 %");
    assertThat(ReluRuns.trend(0.01, 0.02, 0.1)).isEqualTo("rose by 100 %");
  }

  @Test
  void revivedUnitsAreCountedInWords() {
    assertThat(ReluRuns.revived(0)).startsWith("no unit");
    assertThat(ReluRuns.revived(1)).startsWith("1 unit that was dead");
    assertThat(ReluRuns.revived(3)).startsWith("3 units that were dead");
  }
}
