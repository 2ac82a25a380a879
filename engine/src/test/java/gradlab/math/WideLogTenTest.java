package gradlab.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * ln 10 at N's widest precisions comes from a Machin-like atanh formula, computed once: Halley's
 * iteration recomputed it for every eˣ above 50, and N(1 − σ(10⁹)²) took 15 s. Each value is
 * checked another way: the exponential series of ln 10 itself (below 50 no ln 10 is used) and eˣ
 * as a square of e^(x/2).
 */
@Timeout(60)
class WideLogTenTest {
  private static final MathContext WIDE = new MathContext(1250, RoundingMode.HALF_EVEN);

  private static void assertCloseRelative(BigDecimal a, BigDecimal b, int digits) {
    BigDecimal rel = a.subtract(b).abs().divide(b.abs(), MathContext.DECIMAL64);
    assertThat(rel).isLessThan(BigDecimal.ONE.movePointLeft(digits));
  }

  @Test
  void theExponentialOfWideLogTenIsTen() {
    BigDecimal ln10 = BigMath.log(BigDecimal.TEN, WIDE);
    assertCloseRelative(BigMath.exp(ln10, WIDE), BigDecimal.TEN, 1240);
    assertCloseRelative(ln10, new BigDecimal("2.302585092994045684017991454684364207601"), 39);
  }

  @Test
  void aLargeExponentAgreesWithTheSquareOfItsHalf() {
    MathContext mc = new MathContext(1200, RoundingMode.HALF_EVEN);
    BigDecimal half = BigMath.exp(BigDecimal.valueOf(40), mc); // below 50: no ln 10 used
    assertCloseRelative(BigMath.exp(BigDecimal.valueOf(80), mc), half.multiply(half, mc), 1190);
    BigDecimal big = BigMath.exp(BigDecimal.valueOf(1_000_000_000L), mc);
    BigDecimal halfBig = BigMath.exp(BigDecimal.valueOf(500_000_000L), mc);
    assertCloseRelative(big, halfBig.multiply(halfBig, mc), 1180);
  }

  @Test
  void oneMinusSigmaSquaredAtAThousandKeepsItsDigits() {
    EarnedDigits.Earned e = EarnedDigits.value(Parser.parse("1 - sigma(1000)^2"),
        java.util.Map.of(), Environment.EMPTY, 12);
    assertThat(e).isInstanceOf(EarnedDigits.Digits.class);
    assertThat(((EarnedDigits.Digits) e).value().toString()).startsWith("1.01519177951E-434");
  }
}
