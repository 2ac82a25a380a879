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

  /** The 2-2-1 network's η = 1 losses against the worked solution's listing. */
  @Test
  void twoCurvesPeakingAtTheSameStepHaveTheSameShape() {
    assertThat(Series.sameShape(new double[] {0.037, 0.083, 2.95, 0.39},
        new double[] {0.037, 0.081, 4.04, 1.71})).isTrue();
  }

  @Test
  void curvesPeakingAtDifferentStepsOrOneFallingDoNotHaveTheSameShape() {
    assertThat(Series.sameShape(new double[] {0.1, 0.3, 0.2, 0.1},
        new double[] {0.1, 0.2, 0.3, 0.1})).isFalse();
    assertThat(Series.sameShape(new double[] {0.3, 0.2, 0.1}, new double[] {0.1, 0.3, 0.2}))
        .isFalse();
    assertThat(Series.sameShape(new double[] {0.3, 0.2, 0.1}, new double[] {0.4, 0.2, 0.0}))
        .isTrue();
  }
}
