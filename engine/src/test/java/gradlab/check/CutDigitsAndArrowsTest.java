package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * CS231n's softmax example, [1, −2, 0] → [e¹, e⁻², e⁰] = [2.71, 0.14, 1] → […]: the numeric
 * equation between the arrows is a claim whatever the arrow means; e written 2.71 after = is
 * e cut to its digits (not checked), never refuted; after ≈ the writer rounds.
 */
@Timeout(60)
class CutDigitsAndArrowsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aNumericEquationBetweenArrowsIsCheckedAndArrowsWithoutANamedMapAreNotChecked() {
    CheckReport r = check("$$[0.5, -1, 0] \\rightarrow [e^{0.5}, e^{-1}, e^0] = [1.65, 0.37, 1] "
        + "\\rightarrow [0.55, 0.12, 0.33]$$\n");
    assertThat(r.steps()).filteredOn(StepResult::isClaim).as(r.render()).hasSize(3);
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
    assertThat(r.count(StepVerdict.NotChecked.class)).as(r.render()).isEqualTo(2);
    assertThat(r.render()).contains("does not say which map the arrow applies");
  }

  @Test
  void aValueCutToItsDigitsAfterEqualsIsNotRefuted() {
    CheckReport r = check("$$e^1 = 2.71$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("cut to its digits rather than rounded");
  }

  @Test
  void aValueNeitherCutNorRoundedIsRefutedAndAfterApproxOnlyRoundingCounts() {
    assertThat(check("$$e^1 = 2.73$$\n").firstRefuted()).isPresent();
    assertThat(check("$$e^1 \\approx 2.71$$\n").firstRefuted()).isPresent();
  }

  @Test
  void theCutRangeOfADecimalIsItsNextUnitAwayFromZero() {
    assertThat(RoundedSteps.cutRange("2.71")).containsExactly(2.71, 2.72);
    assertThat(RoundedSteps.cutRange(" -0.33")).containsExactly(-0.34, -0.33);
    assertThat(RoundedSteps.cutRange("e^1")).isNull();
  }
}
