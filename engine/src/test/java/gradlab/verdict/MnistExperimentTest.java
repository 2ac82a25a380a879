package gradlab.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class MnistExperimentTest {
  @Test
  void targetIsReachedAtOrAboveAndMissedBelow() {
    assertThat(MnistExperiment.target(0.985, 0.985)).isEqualTo("reaches the 98.5 % target");
    assertThat(MnistExperiment.target(0.9849, 0.985)).isEqualTo("MISSES the 98.5 % target");
  }

  @Test
  void moreDistinctExamplesBeyondTheNoiseDidBetter() {
    assertThat(String.join(" ", MnistExperiment.newVersusRepeated(200, 600, 2.0, 1.0)))
        .startsWith("New examples did better");
  }

  @Test
  void repeatedExamplesBeyondTheNoiseDidBetter() {
    assertThat(String.join(" ", MnistExperiment.newVersusRepeated(200, 600, -2.0, 1.0)))
        .startsWith("Here the 200 repeated examples did better than 600 new ones");
  }

  @Test
  void aGainInsideTheNoiseDecidesNothing() {
    assertThat(String.join(" ", MnistExperiment.newVersusRepeated(200, 600, 1.0, 3.45)))
        .contains("within the seed-to-seed noise");
  }

  /** The figures: augmentation lowers accuracy everywhere, the smallest subset least. */
  @Test
  void negativeEffectsLeastNegativeOnTheSmallestSubsetAreCalledLeastCostlyNotMostHelpful() {
    String s = String.join(" ", MnistExperiment.augmentationBySize(-5.27, -13.25, 4.0));
    assertThat(s).contains("more favourable for the smallest")
        .contains("it costs the smallest subset least and the largest most")
        .doesNotContain("helps").doesNotContain("does most");
  }

  @Test
  void positiveEffectsLargestOnTheSmallestSubsetHelpItMost() {
    assertThat(String.join(" ", MnistExperiment.augmentationBySize(3.0, 0.5, 1.0)))
        .contains("more favourable for the smallest").contains("it helps the smallest subset most");
  }

  @Test
  void anEffectThatHelpsOneSubsetAndCostsTheOtherSaysBoth() {
    assertThat(String.join(" ", MnistExperiment.augmentationBySize(1.0, -2.0, 1.0)))
        .contains("it helps the smallest subset and costs the largest");
  }

  @Test
  void aMoreFavourableEffectOnTheLargestSubsetIsNotARemedyForRepetition() {
    assertThat(String.join(" ", MnistExperiment.augmentationBySize(-9.5, -2.0, 3.0)))
        .contains("more favourable for the largest")
        .contains("it costs the largest subset least and the smallest most")
        .contains("does not act as a remedy");
  }

  @Test
  void effectsThatDifferInsideTheNoiseDecideNothing() {
    assertThat(String.join(" ", MnistExperiment.augmentationBySize(-9.5, -15.08, 6.0)))
        .contains("differs by no more than the noise");
  }

  @Test
  void theOverallEffectIsWordedBySignBeyondTheNoise() {
    assertThat(MnistExperiment.augmentationOverall(-12.6, 2.7, 18).get(0))
        .startsWith("It lowers accuracy");
    assertThat(MnistExperiment.augmentationOverall(0.8, 0.5, 936).get(0))
        .startsWith("It raises accuracy");
    assertThat(MnistExperiment.augmentationOverall(-0.3, 0.5, 936).get(0))
        .startsWith("Its mean effect is within the noise");
  }
}
