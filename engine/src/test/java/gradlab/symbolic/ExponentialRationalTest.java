package gradlab.symbolic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The zero test on powers of e that are rational multiples of one exponent. Student B's
 * σ(−u)·σ(u) for σ′(u) had been proved only by a 2 s Simplify, and on a loaded machine the
 * grading script's golden said "unknown" instead of "proved".
 */
@Timeout(60)
class ExponentialRationalTest extends EngineFixture {

  private static boolean zero(String difference) {
    Expr d = engine.parse(difference);
    return engine.call(() -> ExponentialRational.isZero(engine.evalRaw(d.raw()), engine));
  }

  @Test
  void reciprocalExponentialsCancelAsRationalFunctionsOfOnePower() {
    assertThat(zero("1/(1 + E^(b + w*x)) * 1/(1 + E^(-b - w*x))"
        + " - 1/(1 + E^(-b - w*x)) * (1 - 1/(1 + E^(-b - w*x)))")).isTrue();
  }

  @Test
  void aFalseIdentityIsNotZero() {
    assertThat(zero("1/(1 + E^u) - 1/(1 + E^(-u))")).isFalse();
  }

  @Test
  void exponentsThatAreNotRationalMultiplesAreLeftAlone() {
    // e^x and e^y: no one T; the test does not apply (false, not a proof either way)
    assertThat(zero("E^x*E^y - E^(x + y)")).isFalse();
  }

  @Test
  void doubledExponentsBecomePowersOfT() {
    // tanh u = (1 − e^(−2u))/(1 + e^(−2u)) = 2σ(2u) − 1
    assertThat(zero("(1 - E^(-2*u))/(1 + E^(-2*u)) - (2/(1 + E^(-2*u)) - 1)")).isTrue();
  }
}
