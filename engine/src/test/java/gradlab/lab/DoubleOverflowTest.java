package gradlab.lab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A product of approximate numbers past the double range (user25 F3: 1e308 · 10 printed
 * "Infinity"): computed in decimal, as the literal of the same value is read.
 */
@Timeout(120)
class DoubleOverflowTest extends gradlab.symbolic.EngineFixture {
  @Test
  void productPastTheDoubleRangeIsTheDecimalNotInfinity() {
    Worksheet sheet = new Worksheet(engine);
    String product = sheet.evaluate("1e308 * 10", Worksheet.Format.UNICODE);
    assertThat(product).isEqualTo(sheet.evaluate("1e309", Worksheet.Format.UNICODE))
        .doesNotContain("Infinity");
  }

  @Test
  void productBelowTheDoubleRangeIsTheDecimalNotZero() {
    Worksheet sheet = new Worksheet(engine);
    assertThat(sheet.evaluate("1e-400 * 2", Worksheet.Format.UNICODE))
        .isEqualTo(sheet.evaluate("2e-400", Worksheet.Format.UNICODE));
  }
}
