package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A student writes "⟹" for "so" between a derivative and its factored form: both parts were
 * "not checked: part of an implication", so a lost sign was never found (user42).
 * {@link ImpliedRestatements} checks both as claims where the premise is proved.
 */
@Timeout(120)
class RestatementAfterAnImplicationArrowTest extends CheckFixture {
  private static List<StepResult> claims(String display) {
    CheckReport r = checkMarkdown("implies.md", "Let $f(x) = x^3 e^{-x}$.\n\n$$" + display
        + "$$\n");
    return r.steps().stream().filter(s -> s.line() == 3 && s.isClaim()).toList();
  }

  @Test
  void aWrongRestatementOfAProvedDerivativeIsRefutedAtItsLine() {
    List<StepResult> s = claims("f'(x) = 3x^2 e^{-x} - x^3 e^{-x} \\implies f'(x) = x^2 e^{-x}"
        + "(3 + x)");
    assertThat(s).hasSize(2);
    assertThat(s.get(0).verdict()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(s.get(1).verdict()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aTrueRestatementOfAProvedDerivativeIsProved() {
    List<StepResult> s = claims("f'(x) = 3x^2 e^{-x} - x^3 e^{-x} \\implies f'(x) = x^2 e^{-x}"
        + "(3 - x)");
    assertThat(s).extracting(StepResult::verdict).allMatch(v -> v instanceof StepVerdict.Proved);
  }

  @Test
  void aPremiseThatIsNotProvedLeavesBothPartsNotChecked() {
    List<StepResult> s = claims("f'(x) = 3x^2 e^{-x} \\implies f'(x) = 0");
    assertThat(s).extracting(StepResult::verdict)
        .allMatch(v -> v instanceof StepVerdict.NotChecked);
  }

  @Test
  void aHypothesisOrAFunctionRestatedAfterTheArrowStaysNotChecked() {
    for (String d : new String[] {"x = 2 \\implies x^2 = 4",
        "f(x) = x^2 e^{-x} \\implies f(x) = x^3 e^{-x}"}) {
      assertThat(claims(d)).extracting(StepResult::verdict)
          .allMatch(v -> v instanceof StepVerdict.NotChecked);
    }
  }
}
