package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The second derivative of a function the text defines through σ, g(z) = σ(z)², was refuted:
 * its rule's text held 2*sigma'(z)^2, which the algebra engine reads back as (2*sigma'(z))^2
 * (held18b's log σ(z) in engine syntax, D(f(z), {z, 2}) = −σ(z)(1 − σ(z)) ✗). The rules are
 * written without prime forms now.
 */
@Timeout(180)
class SecondDerivativeOfADefinedFunctionTest extends CheckFixture {
  @Test
  void theSecondDerivativeOfLogSigmaIsProved() {
    CheckReport r = checkText("t.txt", "let f(z) = log(sigma(z))\n"
        + "D(f(z), {z, 2}) = -sigma(z)*(1 - sigma(z))\n"
        + "D(D(f(z), z), z) = -sigma(z)*(1 - sigma(z))\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
  }

  @Test
  void theSecondDerivativeOfSigmaSquaredIsProvedAlsoPrimed() {
    CheckReport r = checkText("t.txt", "let g(z) = sigma(z)^2\n"
        + "D(g(z), {z, 2}) = 2*sigma(z)^2*(1 - sigma(z))*(2 - 3*sigma(z))\n"
        + "g''(z) = 2*sigma(z)^2*(1 - sigma(z))*(2 - 3*sigma(z))\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
  }

  @Test
  void aWrongSecondDerivativeIsStillRefuted() {
    CheckReport r = checkText("t.txt", "let f(z) = log(sigma(z))\n"
        + "D(f(z), {z, 2}) = sigma(z)*(1 - sigma(z))\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(2);
  }
}
