package gradlab.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class SeriesTest {
  @Test
  void aFallingSeriesDecreasesMonotonically() {
    assertThat(Series.shape(new double[] {0.037, 0.009, 0.002, 0.002})).isEqualTo(
        "decreases monotonically");
  }

  @Test
  void aSeriesThatRisesToOnePeakAndFallsSaysWhere() {
    assertThat(Series.shape(new double[] {0.04, 0.08, 2.95, 0.39, 0.07})).isEqualTo(
        "rises for 2 steps to 2.95, then falls");
  }

  @Test
  void aSeriesThatGoesUpAndDownTwiceIsNeither() {
    assertThat(Series.shape(new double[] {1, 2, 1, 2, 1})).startsWith("neither");
    assertThat(Series.shape(new double[] {1, 0.5, 2, 1})).startsWith("neither");
  }

  @Test
  void aRisingSeriesRisesAtEveryStep() {
    assertThat(Series.shape(new double[] {1, 2, 3})).isEqualTo("rises at every step");
  }
}
