package gradlab.symbolic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Prime forms in rule text are written as Derivative(n)[f][x], which reads back as written. */
@Timeout(10)
class PrimeFreeInputTest {
  @Test
  void primesBecomeDerivativeForms() {
    assertThat(PrimeFreeInput.of("2*sigma'(z)^2+2*sigma(z)*sigma''(z)"))
        .isEqualTo("2*Derivative(1)[sigma][z]^2+2*sigma(z)*Derivative(2)[sigma][z]");
  }

  @Test
  void nestedArgumentsAndTextWithoutPrimesAreKept() {
    assertThat(PrimeFreeInput.of("f'(g'(x)*(1+x))")).isEqualTo(
        "Derivative(1)[f][Derivative(1)[g][x]*(1+x)]");
    assertThat(PrimeFreeInput.of("x^2+sigma(z)")).isEqualTo("x^2+sigma(z)");
  }
}
