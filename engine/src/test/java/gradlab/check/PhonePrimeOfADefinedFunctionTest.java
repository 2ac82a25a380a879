package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * f′(x) typed on a phone (the prime ′, U+2032) after f(x) = tanh(x²): the prime is a derivative,
 * as f'(x) is. The reader took f′ for f held fixed as a quantity, so a wrong derivative that
 * forgot the chain factor 2x was "not checked … as its value f(…) it may hold" (held21's
 * tanh-x-squared-derivative-phone); the true one stays proved, and the ASCII prime is unchanged.
 */
@Timeout(300)
class PhonePrimeOfADefinedFunctionTest extends CheckFixture {
  private static final String PHONE = "# d/dx tanh(x²) (phone)\n\nf(x) = tanh(x²)\n";

  @Test
  void theTrueDerivativeWithAPhonePrimeIsProved() {
    CheckReport r = checkText("t.md", PHONE + "f′(x) = (1 − tanh²(x²))·2x\n");
    assertThat(claimOnLine(r, 4).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aDerivativeWithoutTheChainFactorIsRefutedWithAPhonePrime() {
    CheckReport r = checkText("t.md", PHONE + "f′(x) = 1 − tanh²(x²)\n");
    assertThat(claimOnLine(r, 4).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aDerivativeWithoutTheChainFactorIsRefutedWithAnAsciiPrime() {
    CheckReport r = checkText("t.txt", "f(x) = tanh(x^2)\nf'(x) = 1 - tanh(x^2)^2\n");
    assertThat(claimOnLine(r, 2).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }
}
