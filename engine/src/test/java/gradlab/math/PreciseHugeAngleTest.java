package gradlab.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * sin and cos of a computed angle of about 10^190 radians: the angle is computed to enough
 * digits for its reduction, so the value is the same at 40 and at 80 digits and the angle
 * addition formula holds there (before, each precision gave another number).
 */
@Timeout(60)
class PreciseHugeAngleTest {
  private static final Map<String, BigDecimal> POINT =
      Map.of("d", new BigDecimal(0.0186388), "i", new BigDecimal(-0.443154),
          "p", new BigDecimal(2.26965), "k", new BigDecimal(-0.54656));

  private static BigDecimal at(String f, int digits) {
    return PreciseNumeric.value(Parser.parse(f), POINT, Environment.EMPTY, digits);
  }

  @Test
  void theSineOfAHugeComputedAngleDoesNotDependOnThePrecision() {
    String f = "sin(10000^(-2*i/d)*(p + k))";
    assertThat(at(f, 40).subtract(at(f, 80)).abs()).isLessThan(new BigDecimal("1e-35"));
  }

  @Test
  void theAngleAdditionFormulaHoldsThere() {
    BigDecimal left = at("sin(10000^(-2*i/d)*(p + k))", 40);
    BigDecimal right = at("sin(10000^(-2*i/d)*p)*cos(10000^(-2*i/d)*k)"
        + " + cos(10000^(-2*i/d)*p)*sin(10000^(-2*i/d)*k)", 40);
    assertThat(left.subtract(right).abs()).isLessThan(new BigDecimal("1e-30"));
  }

  @Test
  void aSmallAngleIsUnchanged() {
    assertThat(at("sin(p)", 30).doubleValue())
        .isCloseTo(Math.sin(2.26965), org.assertj.core.data.Offset.offset(1e-15));
  }
}
