package gradlab.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class LambertWTest {
  @Test
  void wTimesExpWGivesBackTheArgumentAcrossTheRealBranch() {
    Random r = new Random(11);
    for (int i = 0; i < 500; i++) {
      double x = -1 / Math.E + 1e-9 + Math.pow(10, -3 + 9 * r.nextDouble()) * (i % 2 == 0 ? 1 : 0)
          + (i % 2 == 1 ? 0.3678 * r.nextDouble() : 0);
      double w = LambertW.value(x);
      assertThat(w).isGreaterThanOrEqualTo(-1);
      assertThat(w * Math.exp(w)).isCloseTo(x, within(1e-12 * Math.max(1, Math.abs(x))));
    }
  }

  @Test
  void omegaConstantAtThirtyDigits() {
    // Ω = W(1) = 0.567143290409783872999968662210355… (OEIS A030178)
    BigDecimal w = LambertW.value(BigDecimal.ONE, new MathContext(30));
    assertThat(w.toPlainString()).isEqualTo("0.567143290409783872999968662210");
  }

  @Test
  void belowMinusOneOverEIsNotReal() {
    assertThat(LambertW.value(-0.5)).isNaN();
    assertThatThrownBy(() -> LambertW.value(new BigDecimal("-0.5"), MathContext.DECIMAL64))
        .isInstanceOf(ArithmeticException.class).hasMessageContaining("−1/e");
  }

  @Test
  void derivativeIsFiniteAtZeroAndMatchesADifferenceQuotient() {
    assertThat(LambertW.derivative(0)).isEqualTo(1.0);
    double x = 2.5;
    double h = 1e-6;
    assertThat(LambertW.derivative(x))
        .isCloseTo((LambertW.value(x + h) - LambertW.value(x - h)) / (2 * h), within(1e-8));
  }

  @Test
  void branchPointIsMinusOne() {
    assertThat(LambertW.value(-1 / Math.E)).isCloseTo(-1, within(1e-7));
  }
}
