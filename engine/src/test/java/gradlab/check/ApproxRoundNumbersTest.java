package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** "≈ 1" and "≈ 10⁻⁶": proved within 5 %, not checked in between, refuted far off. */
@Timeout(60)
class ApproxRoundNumbersTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void saturationMisconceptionSigmaOfOneApproxOneIsNotProved() {
    CheckReport r = check("$\\sigma(1) \\approx 1$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isZero();
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void sigmaOfFiveApproxOneIsProvedWithinFivePercent() {
    CheckReport r = check("$\\sigma(5) \\approx 1$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void anIntegerOffByMoreThanItsRoundingIsRefuted() {
    CheckReport r = check("$2.4 \\approx 1$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void powerOfTenIsAnOrderOfMagnitude() {
    assertThat(check("$\\frac{1}{4^{10}} \\approx 10^{-6}$\n").count(StepVerdict.Proved.class))
        .isEqualTo(1);
    assertThat(check("$0.25^{10} \\approx 10^{-5}$\n").firstRefuted()).isPresent();
    CheckReport between = check("$3 \\cdot 10^{-7} \\approx 10^{-6}$\n");
    assertThat(between.count(StepVerdict.Proved.class)).as(between.render()).isZero();
    assertThat(between.firstRefuted()).as(between.render()).isEmpty();
  }

  @Test
  void judgeOnBothSidesOfTheFivePercentThreshold() {
    assertThat(ApproxRoundNumbers.judge(1.049, 1.049, 1, "1"))
        .isInstanceOf(StepVerdict.Proved.class);
    assertThat(ApproxRoundNumbers.judge(1.051, 1.051, 1, "1"))
        .isInstanceOf(StepVerdict.NotChecked.class);
    assertThat(ApproxRoundNumbers.judge(1.51, 1.51, 1, "1")).isNull();
    assertThat(ApproxRoundNumbers.judge(-0.99, -0.99, -1, "-1"))
        .isInstanceOf(StepVerdict.Proved.class);
  }
}
