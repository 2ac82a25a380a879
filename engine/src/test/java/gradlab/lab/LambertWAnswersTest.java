package gradlab.lab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Answers written in Lambert's W print as W(…) and can be typed back as lambertw(…): they used to
 * print as productlog(…), which the parser then refused as an unknown function.
 */
@Timeout(120)
class LambertWAnswersTest extends gradlab.symbolic.EngineFixture {
  @Test
  void solveOfXTimesExpPrintsWAndItsValueCanBeTypedBack() {
    Worksheet sheet = new Worksheet(engine);
    assertThat(sheet.evaluate("solve(x*exp(x) == 1, x)", Worksheet.Format.UNICODE))
        .isEqualTo("{{x → W(1)}}");
    assertThat(sheet.evaluate("N(lambertw(1))", Worksheet.Format.UNICODE))
        .isEqualTo("0.5671432904");
    assertThat(sheet.evaluate("N(productlog(1), 20)", Worksheet.Format.UNICODE))
        .isEqualTo("0.56714329040978387300");
  }

  @Test
  void derivativeOfWIsFiniteAtZero() {
    Worksheet sheet = new Worksheet(engine);
    assertThat(sheet.evaluate("diff(lambertw(x), x) /. x -> 0", Worksheet.Format.UNICODE))
        .isEqualTo("1");
  }
}
