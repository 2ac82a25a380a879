package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class DigitsTest {
  @Test
  void valuesApartAtSixDigitsGetSix() {
    assertThat(Digits.toTell(0.182274, -0.182274)).isEqualTo(6);
  }

  @Test
  void valuesEqualAtSixDigitsGetAsManyAsTellThemApart() {
    int n = Digits.toTell(0.75136507 * (1 - 0.75136507), 0.186815620);
    assertThat(n).isGreaterThan(6);
    assertThat(Digits.format(0.75136507 * (1 - 0.75136507), n))
        .isNotEqualTo(Digits.format(0.186815620, n));
  }

  @Test
  void equalValuesNeedNoMoreThanSix() {
    assertThat(Digits.toTell(0.5, 0.5)).isEqualTo(6);
  }
}
