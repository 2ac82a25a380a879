package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A gradient stated in words on a plain-text line ("so the gradient wrt w is twice the error
 * times x") claims ∂L/∂w equals the product its words say: a dropped factor is ✗ at the
 * sentence's line, the true sentence is not ✗, a piecewise loss is ✗ only at the text's point,
 * and words that are not a product are not read.
 */
@Timeout(120)
class GradientStatedInWordsTest extends EngineFixture {
  private static final String LINEAR = "yhat = w*x + b\nL = (yhat - y)^2\n"
      + "dL/dw = 2*(yhat - y)*x\n\n";
  private static final String HINGE = "L = max(0, 1 - y*w*x)^2\n"
      + "diff((1 - y*w*x)^2, w) = -2*y*x*(1 - y*w*x)\n";
  private static final String HINGE_NUMBERS = "numbers: y = 1, x = 2, w = 0.25\n"
      + "hinge = 1 - 1*0.25*2 = 0.5\n";

  private static List<StepResult> claimsAt(String text, int line) {
    CheckReport r = new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.md", text);
    return r.steps().stream().filter(s -> s.line() == line && s.isClaim()).toList();
  }

  @Test
  void droppedTwiceStatedInWordsIsRefutedAtItsLine() {
    List<StepResult> at = claimsAt(LINEAR + "so the gradient wrt w is the error times x.\n\n"
        + "error yhat - y = -1\n", 5);
    assertThat(at).as(at.toString()).hasSize(1);
    assertThat(at.get(0).verdict()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void trueGradientStatedInWordsIsNotRefuted() {
    List<StepResult> at = claimsAt(LINEAR + "so the gradient wrt w is twice the error times x, "
        + "and wrt b it's just twice the error.\n\nerror yhat - y = -1\n", 5);
    assertThat(at).as(at.toString()).hasSize(2);
    assertThat(at).allSatisfy(s -> assertThat(s.verdict()).isInstanceOf(StepVerdict.Proved
        .class));
  }

  @Test
  void quantityValuedLaterIsComparedAtTheTextsPoint() {
    List<StepResult> wrong = claimsAt(HINGE + "so the gradient is minus the hinge times y times "
        + "x, and it is zero once the margin is met.\n" + HINGE_NUMBERS, 3);
    assertThat(wrong).as(wrong.toString()).hasSize(1);
    assertThat(wrong.get(0).verdict()).isInstanceOf(StepVerdict.Refuted.class);
    List<StepResult> right = claimsAt(HINGE + "so the gradient is minus twice the hinge times y "
        + "times x, and it is zero once the margin is met.\n" + HINGE_NUMBERS, 3);
    assertThat(right).as(right.toString()).hasSize(1);
    assertThat(right.get(0).verdict()).isNotInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void piecewiseLossAwayFromTheTextsPointIsNotRefuted() {
    // true where the margin is violated, which the sentence's context says; not at every point
    List<StepResult> at = claimsAt(HINGE + "hinge = 1 - y*w*x\n"
        + "so the gradient is minus twice the hinge times y times x\n", 4);
    assertThat(at).as(at.toString()).isNotEmpty();
    assertThat(at).allSatisfy(s -> assertThat(s.verdict()).isNotInstanceOf(StepVerdict.Refuted
        .class));
  }

  @Test
  void wordsThatAreNotAProductAreNotRead() {
    assertThat(claimsAt(LINEAR + "so the gradient wrt w is the error plus x.\n\n"
        + "error yhat - y = -1\n", 5)).isEmpty();
    assertThat(claimsAt(LINEAR + "so the gradient wrt w is the mistake times x.\n", 5))
        .isEmpty();
  }

  @Test
  void gradientInWordsAtAPointIsNotRead() {
    // true at the minimum only: read as ∂L/∂w = 0 everywhere it would be ✗
    assertThat(claimsAt(LINEAR + "at the minimum the gradient wrt w is 0\n", 5)).isEmpty();
    assertThat(claimsAt(LINEAR + "when x = 0 the gradient wrt w is twice x times yhat\n", 5))
        .noneSatisfy(s -> assertThat(s.verdict()).isInstanceOf(StepVerdict.Refuted.class));
  }
}
