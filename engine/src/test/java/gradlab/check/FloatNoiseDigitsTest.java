package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 1 − 0.9² printed as "left = 0.18999999999999995, right [0.19000000000000000, …]" (a TA). */
class FloatNoiseDigitsTest {
  @Test
  void valuesApartOnlyByFloatNoiseNeedNoExtraDigits() {
    assertThat(Digits.toTell(1 - 0.9 * 0.9, 0.19, 0.19)).isEqualTo(Digits.MIN);
  }

  @Test
  void valuesThatDifferStillGetTheDigitsToTellThemApart() {
    assertThat(Digits.toTell(0.1868161, 0.1868162)).isGreaterThan(Digits.MIN);
  }
}
