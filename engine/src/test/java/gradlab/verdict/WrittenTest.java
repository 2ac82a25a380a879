package gradlab.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class WrittenTest {
  @Test
  void decimalsAreCountedFromTheFigureAsWritten() {
    assertThat(Written.decimals("0.45")).isEqualTo(2);
    assertThat(Written.decimals("-0.004")).isEqualTo(3);
    assertThat(Written.decimals("7")).isZero();
    assertThat(Written.decimals("0.0370")).isEqualTo(4);
  }

  @Test
  void aValueThatRoundsToTheFigureAgrees() {
    assertThat(Written.agrees(0.447743, "0.45")).isTrue();
    assertThat(Written.agrees(0.445, "0.45")).isTrue();
    assertThat(Written.agrees(-0.05438, "-0.054")).isTrue();
  }

  @Test
  void aValueJustOutsideHalfAUnitDisagreesOnEitherSide() {
    assertThat(Written.agrees(0.4449, "0.45")).isFalse();
    assertThat(Written.agrees(0.4551, "0.45")).isFalse();
    assertThat(Written.agrees(-0.00342, "-0.004")).isFalse();
    assertThat(Written.agrees(0.75637, "0.7")).isFalse();
  }
}
