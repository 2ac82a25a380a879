package gradlab.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class SpreadTest {
  @Test
  void spreadIsTheRangeOverTheSmallest() {
    assertThat(Spread.relative(10_000, 11_500, 10_500)).isCloseTo(0.15, org.assertj.core.api
        .Assertions.within(1e-12));
    assertThat(Spread.relative(5)).isZero();
  }

  @Test
  void roundsScatteredBeyondFifteenPercentAreTooNoisy() {
    assertThat(Spread.tooNoisy(Spread.NOISE_LIMIT, 9192, 10_553, 11_062)).isTrue();
  }

  @Test
  void roundsWithinFifteenPercentAreNotTooNoisy() {
    assertThat(Spread.tooNoisy(Spread.NOISE_LIMIT, 10_436, 10_789, 10_450)).isFalse();
    assertThat(Spread.tooNoisy(Spread.NOISE_LIMIT, 10_000, 11_400)).isFalse();
  }

  @Test
  void aMissingOrNonPositiveMeasurementIsRefused() {
    assertThatThrownBy(Spread::relative).hasMessageContaining("no measurements");
    assertThatThrownBy(() -> Spread.relative(1, 0)).hasMessageContaining("measurement 0.0");
  }
}
