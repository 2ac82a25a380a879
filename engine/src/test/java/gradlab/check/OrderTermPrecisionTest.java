package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Expansions with O(·) were compared in doubles: the true σ(x) = 1/2 + x/4 − x³/48 + O(x⁵) was
 * said to "differ by more than O(…) allows" (cancellation at x ≈ 10⁻⁴; found by a lecturer
 * tester), and a wrong coefficient got the same words. The difference is now taken at 30 digits;
 * a difference of lower order than the O term at every point is refuted.
 */
@Timeout(120)
class OrderTermPrecisionTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void theSigmoidsTrueExpansionHoldsToItsOrder() {
    CheckReport r = check("$$\\sigma(x) = \\frac{1}{2} + \\frac{x}{4} - \\frac{x^3}{48} + O(x^5)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("holds to the order written").doesNotContain("differ by");
  }

  @Test
  void softplussTrueExpansionHoldsToItsOrder() {
    CheckReport r = check("$$\\log(1 + e^{x}) = \\log 2 + \\frac{x}{2} + \\frac{x^2}{8} + O(x^4)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("holds to the order written");
  }

  @Test
  void aWrongSecondOrderCoefficientIsRefuted() {
    CheckReport r = check("$$\\log(1 + e^{x}) = \\log 2 + \\frac{x}{2} + \\frac{x^2}{4} + O(x^4)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.render()).contains("of lower order than O(x⁴)");
  }

  @Test
  void aTermOfTheOrderWrittenIsWhatTheOrderAllows() {
    CheckReport r = check("$$e^{x} = 1 + x + O(x^2)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
