package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * True steps a student tester (user14) found refuted: each is proved or "not checked" now, and
 * the wrong variant of each is still refuted at its line.
 */
@Timeout(120)
class StudentTrueStepFixturesTest extends gradlab.symbolic.EngineFixture {
  private static final String GD = "Let $L(w) = (w - 3)^2$ and start at $w = 0$.\n\n"
      + "The gradient is $2(w - 3) = -6$, so after one step $w = 0 - 0.1 \\cdot (-6) = %s$.\n\n"
      + "Now the gradient is $2(w - 3) = %s$.\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  private static CheckReport checkText(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.txt", text);
  }

  @Test
  void updateChainOnThePointsNameAfterOneStepIsTheNewValueNotAClaimAboutTheOld() {
    CheckReport r = check(GD.formatted("0.6", "-4.8"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void wrongArithmeticInAnUpdateChainIsStillRefutedAtItsLine() {
    CheckReport r = check(GD.formatted("0.5", "-4.8"));
    assertThat(r.firstRefuted().orElseThrow(() -> new AssertionError(r.render())).line())
        .isEqualTo(3);
  }

  @Test
  void plainTextUpdateLinesMoveTheWeightAndAWrongGradientIsRefutedAtTheNewWeight() {
    CheckReport r = checkText("L(w) = (w - 3)^2\nw = 0\ngrad = 2(w - 3) = -6\n"
        + "w = 0 - 0.1*(-6) = 0.6\ngrad = 2(w - 3) = -4.2\n");
    StepResult wrong = r.firstRefuted().orElseThrow(() -> new AssertionError(r.render()));
    assertThat(wrong.line()).as(r.render()).isEqualTo(5);
    assertThat(r.render()).doesNotContain("w=0.0}");
  }

  private static final String FORWARD = "Let $z_1 = w x$, $a_1 = \\sigma(z_1)$, $z_2 = 2 a_1$, "
      + "$a_2 = \\sigma(z_2)$.\n\nPlugging in $w = 1$, $x = 1$:\n\n$z_1 = 1$, $a_1 = \\sigma(1) "
      + "\\approx 0.7311$, $z_2 = 2 \\cdot 0.7311 = 1.4622$, $a_2 = \\sigma(%s) \\approx %s$.\n";

  @Test
  void roundedValueCarriedForwardIntoSigmaIsProvedWithTheStatedValue() {
    CheckReport r = check(FORWARD.formatted("1.4622", "0.8119"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("rounded values the text computed before");
  }

  @Test
  void aWrongValuePutIntoSigmaIsStillRefutedAtItsLine() {
    CheckReport r = check(FORWARD.formatted("1.5622", "0.8267"));
    assertThat(r.firstRefuted().orElseThrow(() -> new AssertionError(r.render())).line())
        .isEqualTo(5);
  }

  private static final String ONE_HOT = "Let $L = -y_1 \\log p - y_2 \\log(1 - p)$, where the "
      + "label is one-hot, so $y_1 + y_2 = 1$.\n\n$$-y_1 + y_1 p + y_2 p = %s$$\n";

  @Test
  void stepUsingAStatedSumOfNamesIsCheckedOnThatConstraint() {
    CheckReport r = check(ONE_HOT.formatted("p - y_1"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("under the constraint y_1 + y_2 = 1");
  }

  @Test
  void stepFalseOnTheStatedConstraintIsStillRefutedAtItsLine() {
    CheckReport r = check(ONE_HOT.formatted("p + y_1"));
    assertThat(r.firstRefuted().orElseThrow(() -> new AssertionError(r.render())).line())
        .isEqualTo(3);
  }

  private static final String DECAY = "Let $\\lambda = 0.1$. The regularised objective is $J = L "
      + "+ \\frac{\\lambda}{2} w^2$, where $L$ is the data loss.\n\nThen $$\\frac{\\partial J}"
      + "{\\partial w} = \\frac{\\partial L}{\\partial w} + \\lambda w$$\n\nWith $w = 2$, "
      + "the decay term is $\\lambda w = 0.2$, so if $\\frac{\\partial L}{\\partial w} = 0.5$ "
      + "then $\\frac{\\partial J}{\\partial w} = 0.7$.\n";

  @Test
  void derivativeThroughAnUndefinedLossTheTextDifferentiatesIsNeverRefuted() {
    CheckReport r = check(DECAY);
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("does not define L");
  }

  @Test
  void aWrongDecayTermIsStillRefutedAtItsLine() {
    CheckReport r = check(DECAY.replace("\\lambda w = 0.2", "\\lambda w = 0.4"));
    assertThat(r.firstRefuted().orElseThrow(() -> new AssertionError(r.render())).line())
        .isEqualTo(5);
  }

  @Test
  void aSumOfNamesEqualToANumberIsReadAsAConstraint() {
    assertThat(SumConstraints.parse("y_1 + y_2 = 1").orElseThrow().names())
        .containsExactly("y1", "y2");
    assertThat(SumConstraints.parse("y_1 + 2 = 1")).isEmpty();
  }
}
