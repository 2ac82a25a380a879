package gradlab.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Values far below every double (user25's follow-up): N(exp(−10⁹)) showed 0 (below −10⁸ the
 * precise exp returned 0) and N(1 − σ(10⁹)) "N(…) is not evaluated". The expected mantissa and
 * power of ten are computed here from log₁₀ in double: −10⁹/ln 10 = −434294481.903…, whose
 * fraction part is good to about 10⁻⁷, so six digits of the mantissa are checked.
 */
@Timeout(120)
class HugeExponentsTest extends gradlab.symbolic.EngineFixture {
  private static String shown(Worksheet sheet, String input) {
    return sheet.evaluate(input, Worksheet.Format.UNICODE);
  }

  /** m×10ᵏ of 10^log10, with m to six significant digits, as the console writes it. */
  private static String[] expected(double log10) {
    double k = Math.floor(log10);
    String mantissa = String.format(java.util.Locale.ROOT, "%.5f", Math.pow(10, log10 - k));
    StringBuilder sup = new StringBuilder();
    for (char c : String.valueOf((long) k).toCharArray()) {
      sup.append(c == '-' ? '⁻' : "⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(c - '0'));
    }
    return new String[] {mantissa, "×10" + sup};
  }

  @Test
  void expOfMinusTenToTheNineHasItsDigitsAndPowerOfTen() {
    String[] e = expected(-1e9 / Math.log(10));
    assertThat(shown(new Worksheet(engine), "N(exp(-10^9))")).startsWith(e[0]).endsWith(e[1]);
  }

  @Test
  void oneMinusSigmaOfTenToTheNineIsExpOfMinusTenToTheNineNotZero() {
    // 1 − σ(x) = e^(−x)/(1 + e^(−x)), and e^(−10⁹) is far below the twelfth digit of 1 + e^(−10⁹)
    Worksheet sheet = new Worksheet(engine);
    String[] e = expected(-1e9 / Math.log(10));
    assertThat(shown(sheet, "N(1 - sigma(10^9))")).startsWith(e[0]).endsWith(e[1])
        .isEqualTo(shown(sheet, "N(exp(-10^9))"));
  }

  @Test
  void oneMinusTanhOfTenToTheNineIsTwiceExpOfMinusTwiceIt() {
    String[] e = expected(Math.log10(2) - 2e9 / Math.log(10));
    assertThat(shown(new Worksheet(engine), "N(1 - tanh(10^9))")).startsWith(e[0])
        .endsWith(e[1]);
  }

  @Test
  void aValueBeyondTheLargestPowerOfTenSaysItUnderflowsInsteadOfZero() {
    assertThatThrownBy(() -> shown(new Worksheet(engine), "N(exp(-5*10^9))"))
        .hasMessageContaining("underflows every double").hasMessageContaining("log");
  }
}
