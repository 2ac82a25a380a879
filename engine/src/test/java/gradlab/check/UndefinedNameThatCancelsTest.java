package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import org.junit.jupiter.api.Test;

/**
 * A name the text never defines, on one side only, that the step holds for whatever its value
 * (raw.org's shift a of log-sum-exp) makes the step an identity in it, not "not checked".
 */
class UndefinedNameThatCancelsTest extends EngineFixture {
  private static StepResult last(String markdown) {
    return FixturePair.lastClaim(FixturePair.checkMarkdown(engine, markdown));
  }

  @Test
  void shiftOfALogSumOfFreeMembersHoldsForEverySize() {
    // before: "Σ … written out for n = 1…5: a is not defined in the text and occurs on one side"
    StepResult r = last("We have a vector of $n$ entries $y_i$.\n\n"
        + "$$\\log\\sum_{i=1}^{n} \\exp(y_i) = c + \\log\\sum_{i=1}^{n} \\exp(y_i - c)$$\n");
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Unknown.class);
    assertThat(((StepVerdict.Unknown) r.verdict()).undecided()).as(r.toString()).isFalse();
  }

  @Test
  void aShiftThatDoesNotCancelIsNeitherDecidedNorRefuted() {
    // false for free c; c may be one particular value (0), so never ✗
    StepResult r = last("We have a vector of $n$ entries $y_i$.\n\n"
        + "$$\\log\\sum_{i=1}^{n} \\exp(y_i) = c + \\log\\sum_{i=1}^{n} \\exp(y_i)$$\n");
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.NotChecked.class);
  }

  @Test
  void aNameThatCancelsOutsideASumIsAnIdentityInIt() {
    StepResult r = last("$$\\frac{\\sin(u) \\cosh(u) + c \\tanh(u) - c \\tanh(u)}{\\cosh(u)} = "
        + "\\sin(u)$$\n");
    assertThat(r.verdict()).as(r.toString()).isNotInstanceOf(StepVerdict.NotChecked.class)
        .isNotInstanceOf(StepVerdict.Refuted.class);
  }
}
