package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Decimals on a right side that is a formula (found by a new user): widened inside a power, a
 * quotient or a function they made (0.9/4)^{10} = 0.2^{10} ✓ (3.3 times off) and
 * m₁/(1 − β₁) = 0.04/0.1 ✓ (0.5 against 0.4); and a rounded coefficient made the true
 * 0.25⁴·W = 0.0039 W ✗.
 */
@Timeout(60)
class RoundedRightSidesTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aFormulaOfDecimalsOnTheRightIsNotProvedByWideningThem() {
    CheckReport r = check("$(0.9/4)^{10} = 0.2^{10}$\n\nAdam, $\\beta_1 = 0.92$, $g_1 = 0.5$, "
        + "$m_1 = (1 - \\beta_1) g_1$, so $\\frac{m_1}{1 - \\beta_1} = \\frac{0.04}{0.1}$.\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isZero();
    assertThat(r.render()).contains("right side's decimals are themselves rounded");
  }

  @Test
  void aFormulaOfDecimalsThatHoldsAsWrittenIsStillProved() {
    CheckReport r = check("$(0.9/4)^{2} = 0.225^{2}$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aRoundedCoefficientTimesANameIsNotRefuted() {
    CheckReport r = check("$0.25^4 \\cdot W = 0.0039 \\, W$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    CheckReport wrong = check("$0.25^4 \\cdot W = 0.0049 \\, W$\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }

  @Test
  void aStudentsRoundedFactorsWithinOnePercentAreStillProved() {
    CheckReport r = check("Let $z = w x + b$, $a = \\sigma(z)$, $L = \\frac{1}{2}(a - y)^2$.\n\n"
        + "With $w = 0.5$, $b = 0.1$, $x = 2$, $y = 1$: $a \\approx 0.750$.\n\n"
        + "So $\\frac{\\partial L}{\\partial w} \\approx (0.750 - 1) \\cdot 0.750 \\cdot 0.250 "
        + "\\cdot 2$.\n");
    assertThat(r.render()).doesNotContain("right side's decimals");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
