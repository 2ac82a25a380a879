package gradlab.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * ∫σ(x) dx failed ("returned it unevaluated") where ∫1/(1 + e^−x) dx worked (user25 F6). The
 * expected values are computed another way: the antiderivative's derivative is σ at points,
 * and ∫₀¹σ = ln((1 + e)/2).
 */
@Timeout(120)
class ActivationIntegralTest extends gradlab.symbolic.EngineFixture {
  @Test
  void integralOfSigmoidDifferentiatesBackToSigmoid() {
    Worksheet sheet = new Worksheet(engine);
    sheet.evaluate("F = integrate(sigma(x), x)", Worksheet.Format.UNICODE);
    for (double x : new double[] {-2.5, 0.3, 4.0}) {
      double h = 1e-5;
      double slope = (engine.numeric(sheet.expandedValue("F"), Map.of("x", x + h))
          - engine.numeric(sheet.expandedValue("F"), Map.of("x", x - h))) / (2 * h);
      assertThat(slope).isCloseTo(1 / (1 + Math.exp(-x)),
          org.assertj.core.data.Offset.offset(1e-7));
    }
  }

  @Test
  void definiteIntegralOfSigmoidIsLogOfHalfOnePlusE() {
    Worksheet sheet = new Worksheet(engine);
    String shown = sheet.evaluate("N(integrate(sigma(x), {x, 0, 1}), 15)",
        Worksheet.Format.INPUT);
    assertThat(Double.parseDouble(shown)).isCloseTo(Math.log((1 + Math.E) / 2),
        org.assertj.core.data.Offset.offset(1e-14));
  }
}
