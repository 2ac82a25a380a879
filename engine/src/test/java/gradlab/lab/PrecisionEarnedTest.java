package gradlab.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the console shows for N at a precision where a fixed working precision cancelled the
 * number away (user25 F1, F2): N(1 − σ(100), 20) printed 0.000…0, N(gelu(−40), 20) printed 0.
 * The expected digits are those of the same value written without cancellation (σ(−100)).
 */
@Timeout(120)
class PrecisionEarnedTest extends gradlab.symbolic.EngineFixture {
  private static String shown(Worksheet sheet, String input) {
    return sheet.evaluate(input, Worksheet.Format.UNICODE);
  }

  @Test
  void cancellationAtTwentyDigitsShowsTheValueNotZero() {
    Worksheet sheet = new Worksheet(engine);
    assertThat(shown(sheet, "N(1 - sigma(100), 20)"))
        .isEqualTo(shown(sheet, "N(sigma(-100), 20)"));
    assertThat(shown(sheet, "N(1 - tanh(30), 20)"))
        .isEqualTo(shown(sheet, "N(2*exp(-60)/(1 + exp(-60)), 20)"));
  }

  @Test
  void plainNOfASwampedDoubleIsRecomputed() {
    // 1 − σ(30) in double keeps 3 of its digits; written as σ(−30) nothing cancels
    Worksheet sheet = new Worksheet(engine);
    assertThat(shown(sheet, "N(1 - sigma(30))")).isEqualTo(shown(sheet, "N(sigma(-30))"));
  }

  @Test
  void geluFarBelowZeroHasAValueAtEveryPrecision() {
    Worksheet sheet = new Worksheet(engine);
    assertThat(shown(sheet, "N(gelu(-40), 20)")).startsWith("−1.46235741636601188");
    assertThat(shown(sheet, "N(gelu(-40))")).startsWith("−1.462357416");
  }

  @Test
  void provedZeroPrintsZeroAndUnprovedTinyValueSaysSo() {
    Worksheet sheet = new Worksheet(engine);
    assertThat(shown(sheet, "N(sin(pi/3) - sqrt(3)/2, 20)")).isEqualTo("0");
    // (1 − σ(10⁹) now has its value, HugeExponentsTest); 1 − cos(10⁻⁷⁰⁰) ≈ 5·10⁻¹⁴⁰¹ is 0 at
    // every precision tried, up to 1200 digits
    assertThatThrownBy(() -> shown(sheet, "N(1 - cos(10^-700), 20)"))
        .hasMessageContaining("may be exactly 0");
  }
}
