package gradlab.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * N(f, d) shows only digits that two precisions agree on. Each expected value is computed
 * another way, by a formula in which nothing cancels (σ(−100) for 1 − σ(100)) or by a series.
 */
@Timeout(60)
class EarnedDigitsTest {
  private static final MathContext WIDE = new MathContext(80);

  private static EarnedDigits.Earned earned(String f, int digits) {
    return EarnedDigits.value(Parser.parse(f), Map.of(), Environment.EMPTY, digits);
  }

  private static BigDecimal shown(String f, int digits) {
    EarnedDigits.Earned e = earned(f, digits);
    assertThat(e).isInstanceOf(EarnedDigits.Digits.class);
    EarnedDigits.Digits d = (EarnedDigits.Digits) e;
    assertThat(d.certain()).isEqualTo(digits);
    return d.value();
  }

  private static void agrees(BigDecimal shown, BigDecimal truth, int digits) {
    assertThat(shown.subtract(truth).abs())
        .isLessThanOrEqualTo(truth.abs().movePointLeft(digits - 1));
  }

  @Test
  void oneMinusSaturatedSigmoidKeepsEveryDigitAskedDespiteCancellation() {
    // 1 − σ(100) = e^(−100)/(1 + e^(−100)), which does not cancel
    BigDecimal e = BigMath.exp(BigDecimal.valueOf(-100), WIDE);
    BigDecimal truth = e.divide(BigDecimal.ONE.add(e), WIDE);
    agrees(shown("1 - sigma(100)", 20), truth, 20);
    agrees(shown("1 - sigma(100)", 50), truth, 50);
  }

  @Test
  void oneMinusTanhKeepsTwentyDigits() {
    // 1 − tanh(30) = 2e^(−60)/(1 + e^(−60))
    BigDecimal e = BigMath.exp(BigDecimal.valueOf(-60), WIDE);
    BigDecimal truth = e.multiply(BigDecimal.TWO).divide(BigDecimal.ONE.add(e), WIDE);
    agrees(shown("1 - tanh(30)", 20), truth, 20);
  }

  @Test
  void geluFarBelowZeroIsTinyNegativeNotZero() {
    // gelu(−40) = −40·erfc(40/√2)/2; erfc by its asymptotic series
    // e^(−x²)/(x√π)·Σ(−1)ⁿ(2n−1)!!/(2x²)ⁿ
    BigDecimal x = BigDecimal.valueOf(40).divide(BigDecimal.TWO.sqrt(WIDE), WIDE);
    BigDecimal twoX2 = x.multiply(x, WIDE).multiply(BigDecimal.TWO);
    BigDecimal term = BigDecimal.ONE;
    BigDecimal sum = BigDecimal.ONE;
    for (int n = 1; n < 40; n++) {
      term = term.multiply(BigDecimal.valueOf(2L * n - 1)).divide(twoX2, WIDE).negate();
      sum = sum.add(term, WIDE);
    }
    BigDecimal erfc = BigMath.exp(x.multiply(x, WIDE).negate(), WIDE).multiply(sum, WIDE)
        .divide(x.multiply(BigMath.pi(WIDE).sqrt(WIDE), WIDE), WIDE);
    BigDecimal truth = erfc.multiply(BigDecimal.valueOf(-20), WIDE);
    agrees(shown("gelu(-40)", 20), truth, 20);
    assertThat(truth.toString()).startsWith("-1.46235741636601188"); // mpmath at 120 digits
  }

  @Test
  void erfcContinuedFractionAgreesWithTheSeriesAtHigherPrecision() {
    BigDecimal x = new BigDecimal("10.5");
    BigDecimal fraction = BigMath.erfc(x, new MathContext(50)); // x > 6: the fraction
    BigDecimal series = BigMath.erfc(x, new MathContext(900)); // x < 900/80: 1 − erf
    agrees(fraction, series, 49);
  }

  @Test
  void softplusFarBelowZeroIsItsExponential() {
    BigDecimal e = BigMath.exp(BigDecimal.valueOf(-1000), WIDE);
    agrees(shown("softplus(-1000)", 30), e.subtract(e.multiply(e).divide(BigDecimal.TWO), WIDE),
        30);
  }

  @Test
  void aValueThatShrinksWithPrecisionEarnsNoDigit() {
    // sin(π) is 0: at p digits it comes out near 10^−p, never the same twice
    assertThat(earned("sin(pi)", 20)).isInstanceOf(EarnedDigits.Below.class);
  }

  @Test
  void exactRationalIsEarnedAtOnce() {
    assertThat(shown("1/4 + 1/8", 30)).isEqualByComparingTo("0.375");
  }
}
