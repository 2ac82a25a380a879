package gradlab.symbolic;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class PrimeFactorsTest {

  private static String of(long n) {
    return PrimeFactors.written(BigInteger.valueOf(n)).orElse("none");
  }

  @Test
  void repeatedPrimesAreWrittenWithSuperscriptPowers() {
    assertThat(of(360)).isEqualTo("360 = 2³·3²·5");
    assertThat(of(1024)).isEqualTo("1024 = 2¹⁰");
  }

  @Test
  void aLargePrimeFactorLeftAfterTrialDivisionIsKept() {
    assertThat(of(2L * 999_983)).isEqualTo("1999966 = 2·999983");
  }

  @Test
  void zeroOneAndNumbersBeyondTheLimitHaveNoFactorisation() {
    assertThat(of(0)).isEqualTo("none");
    assertThat(of(-1)).isEqualTo("none");
    assertThat(PrimeFactors.written(BigInteger.TEN.pow(15))).isEmpty();
  }
}
