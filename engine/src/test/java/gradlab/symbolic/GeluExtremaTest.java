package gradlab.symbolic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GELU and its derivative have global extrema that the maximizer timed out on (30 s): the
 * library's Limit toward ±∞ and its N of erf at hundreds of underflowed "critical points". The
 * expected values are computed here without the engine: erf by its Taylor series, the minimum of
 * GELU by a golden-section search on that series.
 */
@org.junit.jupiter.api.Timeout(300)
class GeluExtremaTest extends EngineFixture {

  /** Hides the fixture's engine: a time limit of 120 s, as these took 6 s idle and 30+ at load 24. */
  @org.junit.jupiter.api.BeforeAll
  public static void startEngine() {
    engine = SymbolicEngine.create(EngineConfig.defaults()
        .withTimeLimit(java.time.Duration.ofSeconds(120)));
  }

  /** erf(x) = 2/√π Σ (−1)ⁿ x²ⁿ⁺¹ / (n! (2n + 1)), summed until the terms vanish. */
  private static double erfSeries(double x) {
    double term = x;
    double sum = 0;
    for (int n = 0; n < 200; n++) {
      sum += term / (2 * n + 1);
      term *= -x * x / (n + 1);
    }
    return 2 / Math.sqrt(Math.PI) * sum;
  }

  private static double gelu(double z) {
    return 0.5 * z * (1 + erfSeries(z / Math.sqrt(2)));
  }

  private static double number(Expr e) {
    return engine.numeric(e, Map.of());
  }

  @Test
  void geluPrimePeaksAtRootTwoWithOneHalfPlusHalfErfOnePlusOneOverERootPi() {
    Extremum m = engine.maximize(eval("D(gelu(z), z)"), "z", false);
    double expected = 0.5 + 0.5 * erfSeries(1) + Math.exp(-1) / Math.sqrt(Math.PI);
    assertThat(number(m.value())).isCloseTo(expected, within(1e-12));
    assertThat(number(m.point())).isCloseTo(Math.sqrt(2), within(1e-12));
    assertThat(m.checkedPoints()).isGreaterThan(100);
  }

  @Test
  void geluPrimeHasItsMinimumAtMinusRootTwo() {
    Extremum m = engine.maximize(eval("D(gelu(z), z)"), "z", true);
    double expected = 0.5 - 0.5 * erfSeries(1) - Math.exp(-1) / Math.sqrt(Math.PI);
    assertThat(number(m.value())).isCloseTo(expected, within(1e-12));
    assertThat(number(m.point())).isCloseTo(-Math.sqrt(2), within(1e-12));
  }

  @Test
  void geluMinimumIsFoundNumericallyAndSaysSo() {
    double lo = -2;
    double hi = 0;
    double g = (Math.sqrt(5) - 1) / 2;
    for (int i = 0; i < 200; i++) { // golden section on the series: GELU is unimodal there
      double a = hi - g * (hi - lo);
      double b = lo + g * (hi - lo);
      if (gelu(a) < gelu(b)) {
        hi = b;
      } else {
        lo = a;
      }
    }
    double at = (lo + hi) / 2;
    engine.drainNotes();
    Extremum m = engine.maximize(eval("gelu(z)"), "z", true);
    assertThat(number(m.point())).isCloseTo(at, within(1e-7));
    assertThat(number(m.value())).isCloseTo(gelu(at), within(1e-12));
    assertThat(m.method()).contains("numerically");
    assertThat(String.join("\n", engine.drainNotes())).contains("numeric:")
        .contains("derivative changes sign");
  }

  @Test
  void derivativeUnderflowingToZeroGivesOneCandidateNotOnePerGridPoint() {
    var zeros = engine.call(() -> NumericCriticalPoints.between(
        eval("z*exp(-z^2)").raw(), "z", -40, -30, engine));
    assertThat(zeros).hasSizeLessThanOrEqualTo(1);
  }
}
