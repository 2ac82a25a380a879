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

  /** The quiet-machine figures for the 24×24 centre crop: gradlab slower every round. */
  @Test
  void quietRoundsAllSlowerGiveASlowerVerdict() {
    assertThat(SpeedRatio.verdict("gradlab", "PyTorch", new double[] {20_657, 20_683, 20_474},
        new double[] {22_389, 24_434, 23_203}, Spread.NOISE_LIMIT))
        .isEqualTo("gradlab ≥ 1.08× slower than PyTorch in every round");
  }

  @Test
  void quietRoundsAllFasterGiveAFasterVerdict() {
    assertThat(SpeedRatio.verdict("gradlab", "PyTorch", new double[] {19_220, 19_171, 18_766},
        new double[] {13_954, 16_007, 14_091}, Spread.NOISE_LIMIT))
        .isEqualTo("gradlab ≥ 1.19× faster than PyTorch in every round");
  }

  @Test
  void oneSideSpreadBeyondTheLimitGivesNoVerdict() {
    assertThat(SpeedRatio.verdict("gradlab", "PyTorch", new double[] {10_436, 10_789, 10_450},
        new double[] {10_553, 11_062, 9_192}, Spread.NOISE_LIMIT))
        .isEqualTo("no verdict: the machine was too noisy (PyTorch's rounds spread 20 %, more "
            + "than 15 %)");
    assertThat(SpeedRatio.verdict("gradlab", "PyTorch", new double[] {10_000, 20_000},
        new double[] {10_000, 10_100}, Spread.NOISE_LIMIT))
        .contains("(gradlab's rounds spread 100 %,");
    assertThat(SpeedRatio.verdict("gradlab", "PyTorch", new double[] {10_000, 20_000},
        new double[] {10_000, 13_000}, Spread.NOISE_LIMIT)).contains(
            "(gradlab's rounds spread 100 % and PyTorch's rounds spread 30 %, more than 15 %)");
  }

  /** One round spreads 0 % whatever the noise, so it earns no verdict; two rounds can. */
  @Test
  void oneRoundGivesNoVerdictAndTwoQuietRoundsDo() {
    assertThat(SpeedRatio.verdict("gradlab", "PyTorch", new double[] {902}, new double[] {300},
        Spread.NOISE_LIMIT)).isEqualTo("no verdict: 1 round cannot show how noisy the machine "
            + "was (a spread needs at least 2 rounds)");
    assertThat(SpeedRatio.verdict("gradlab", "PyTorch", new double[] {902, 910},
        new double[] {300, 301}, Spread.NOISE_LIMIT))
        .isEqualTo("gradlab ≥ 3.00× faster than PyTorch in every round");
  }

  @Test
  void roundsAcrossParityAreNeitherFasterNorSlower() {
    assertThat(SpeedRatio.verdict("gradlab", "PyTorch", new double[] {10_000, 10_400},
        new double[] {10_200, 10_100}, Spread.NOISE_LIMIT)).startsWith("gradlab neither")
        .doesNotContain("every round");
  }
}
