package gradlab.symbolic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MaximizerTest extends EngineFixture {

  @Test
  void maximumOfSigmaPrimeIsOneQuarterAtZeroExactly() {
    Extremum m = engine.maximize(eval("D(sigma(z), z)"), "z", false);
    assertThat(m.value().input()).isEqualTo("1/4");
    assertThat(m.point().input()).isEqualTo("0");
    assertThat(m.method()).contains("substitution");
    assertThat(m.checkedPoints()).isGreaterThan(100);
  }

  @Test
  void maximumOfTanhPrimeIsOneAtZero() {
    Extremum m = engine.maximize(eval("D(tanh(z), z)"), "z", false);
    assertThat(m.value().input()).isEqualTo("1");
    assertThat(m.point().input()).isEqualTo("0");
  }

  @Test
  void minimumOfParabolaByCriticalPoints() {
    Extremum m = engine.maximize(eval("x^2 - 2*x"), "x", true);
    assertThat(m.value().input()).isEqualTo("-1");
    assertThat(m.point().input()).isEqualTo("1");
  }

  @Test
  void unboundedFunctionHasNoMaximum() {
    assertThatThrownBy(() -> engine.maximize(eval("x^3 - x"), "x", false))
        .isInstanceOf(ArithmeticException.class).hasMessageContaining("maximize");
  }

  @Test
  void friendlyMaximizeReturnsValueAndPoint() {
    assertThat(eval("maximize(D(sigma(z), z), z)").input()).isEqualTo("{1/4,{z->0}}");
  }
}
