package gradlab.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Limits the library answered "Indeterminate" (user25 F8), which the console turned into "an
 * indeterminate form … write the expression as one fraction".
 */
@Timeout(120)
class LimitFormsTest extends gradlab.symbolic.EngineFixture {
  private static String shown(Worksheet sheet, String input) {
    return sheet.evaluate(input, Worksheet.Format.UNICODE);
  }

  @Test
  void logSigmaMinusZTendsToZeroTowardMinusInfinity() {
    // ln σ(z) − z = −ln(1 + eᶻ): at z = −40 it is −ln(1 + e⁻⁴⁰) ≈ −e⁻⁴⁰, on its way to 0
    double at = -Math.log1p(Math.exp(-40));
    assertThat(gradlab.math.Numeric.value(gradlab.math.Parser.parse("log(sigma(z)) - z"),
        Map.of("z", -40.0), gradlab.math.Environment.EMPTY)).isCloseTo(at,
        org.assertj.core.api.Assertions.within(1e-15));
    assertThat(shown(new Worksheet(engine), "limit(log(sigma(z)) - z, z, -Infinity)"))
        .isEqualTo("0");
  }

  @Test
  void absOverXAtZeroSaysTheOneSidedLimitsDiffer() {
    assertThatThrownBy(() -> shown(new Worksheet(engine), "limit(abs(x)/x, x, 0)"))
        .hasMessageContaining("one-sided limits differ").hasMessageContaining("1.0 from above")
        .hasMessageContaining("−1.0 from below");
  }
}
