package gradlab.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code Lab.num} gives eˣ and the activations to about an ulp (user26 F1: exp(700) was
 * pow(2.718281828459045, 700), 4·10⁻¹⁴ off) and a value where the double evaluation overflows
 * (F2: σ(−800) raised an error naming the algebra library). References are 60-digit Taylor
 * series here, independent of the engine.
 */
@Timeout(120)
class NumExactExpTest {
  private static final MathContext MC = new MathContext(60);

  /** eˣ by halving x until it is small, a Taylor series, then squaring back. */
  static BigDecimal exp(BigDecimal x) {
    int halvings = 0;
    BigDecimal y = x;
    while (y.abs().compareTo(new BigDecimal("0.01")) > 0) {
      y = y.divide(BigDecimal.TWO, MC);
      halvings++;
    }
    BigDecimal sum = BigDecimal.ONE;
    BigDecimal term = BigDecimal.ONE;
    for (int k = 1; k < 40; k++) {
      term = term.multiply(y, MC).divide(BigDecimal.valueOf(k), MC);
      sum = sum.add(term, MC);
    }
    for (int i = 0; i < halvings; i++) {
      sum = sum.multiply(sum, MC);
    }
    return sum;
  }

  private static double ulps(double got, BigDecimal want) {
    double w = want.doubleValue();
    return new BigDecimal(got).subtract(want).abs().doubleValue() / Math.ulp(w);
  }

  @Test
  void expAtRandomPointsIsWithinAnUlpOfTheTrueValue() {
    Random r = new Random(26);
    for (int i = 0; i < 200; i++) {
      double x = -745 + r.nextDouble() * (709 + 745);
      BigDecimal want = exp(new BigDecimal(x));
      if (want.doubleValue() < Double.MIN_NORMAL) {
        continue; // subnormal: absolute, not relative, precision
      }
      assertThat(ulps(Lab.num("exp(x)", "x", x), want)).as("exp(%s)", x).isLessThanOrEqualTo(1);
    }
  }

  @Test
  void sigmaAtRandomPointsIsWithinTwoUlpsOfTheTrueValue() {
    Random r = new Random(27);
    for (int i = 0; i < 200; i++) {
      double x = -700 + r.nextDouble() * 740;
      BigDecimal want = BigDecimal.ONE.divide(BigDecimal.ONE.add(exp(new BigDecimal(-x))), MC);
      assertThat(ulps(Lab.num("sigma(x)", "x", x), want)).as("σ(%s)", x)
          .isLessThanOrEqualTo(2);
    }
  }

  @Test
  void integerExponentsAsWrittenAreExact() {
    for (int x : new int[] {10, 100, 700, -300}) {
      assertThat(ulps(Lab.num("exp(" + x + ")"), exp(BigDecimal.valueOf(x))))
          .as("exp(%d)", x).isLessThanOrEqualTo(1);
    }
    assertThat(ulps(Lab.num("sigma(-700)"), BigDecimal.ONE.divide(BigDecimal.ONE.add(
        exp(BigDecimal.valueOf(700))), MC))).isLessThanOrEqualTo(2);
  }

  @Test
  void softplusWrittenOutAsLogOfOnePlusExpKeepsItsDigits() {
    double want = StrictMath.log1p(StrictMath.exp(-30)); // log(1 + e⁻³⁰) lost 13 digits
    assertThat(Math.abs(Lab.num("softplus(-30)") - want)).isLessThanOrEqualTo(
        2 * Math.ulp(want));
  }

  @Test
  void saturatingActivationsHaveTheirLimitingValues() {
    assertThat(Lab.num("sigma(-800)")).isEqualTo(0.0);
    assertThat(Lab.num("softplus(710)")).isEqualTo(710.0);
    assertThat(Lab.num("log(sigma(-800))")).isEqualTo(-800.0);
  }

  @Test
  void numbersWrittenInAndNumbersSubstitutedAgree() {
    for (String f : new String[] {"sigma(z)", "softplus(z)", "log(sigma(z))", "exp(z)"}) {
      for (double x : new double[] {-800, -30, 0.5, 710}) {
        String written = f.replace("z", "(" + (long) x + ")");
        if (x == 0.5) {
          written = f.replace("z", "(1/2)");
        }
        double a = Lab.num(f, Map.of("z", x));
        double b = Lab.num(written);
        // the same value to the rounding of two stable forms (1/(1+e³⁰) and e⁻³⁰/(1+e⁻³⁰))
        assertThat(b == a || Math.abs(b - a) <= 2 * Math.ulp(a)).as("%s = %s vs %s = %s",
            written, b, f, a).isTrue();
      }
    }
  }

  @Test
  void aValueBeyondTheLargestDoubleIsInfinityAsInNumpy() {
    assertThat(Lab.num("exp(800)")).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(Lab.num("-exp(x)", "x", 800.0)).isEqualTo(Double.NEGATIVE_INFINITY);
  }

  @Test
  void aNameWithoutAValueIsSaidWithoutALibraryName() {
    assertThatThrownBy(() -> Lab.num("sigma(x) + y", "x", 1.0)).satisfies(e -> assertThat(
        e.getMessage()).contains("y").doesNotContain("()").doesNotContain("Symja"));
  }
}
