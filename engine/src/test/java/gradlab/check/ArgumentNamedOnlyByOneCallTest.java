package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "a(h) = a(x*w + b)" may name the argument (h = x*w + b); "Var(y) = Var(w1*x1) + Var(w2*x2)"
 * does not: it had been the definition "y = w1*x1) + Var(w2*x2", "definition not understood"
 * (a student's variance of a neuron, user30).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ArgumentNamedOnlyByOneCallTest extends CheckFixture {
  @Test
  void aSumOfCallsOnTheRightNamesNothing() {
    CheckReport r = checkText("hw.txt", "Var(y) = Var(w1*x1) + Var(w2*x2)\n");
    assertThat(r.steps()).as(r.render()).noneMatch(s -> s.lhs().strip().equals("y")
        || s.lhs().contains(")") && !s.lhs().contains("("));
    assertThat(r.render()).doesNotContain("definition not understood");
  }

  @Test
  void aWrongStepAfterTheSumIsStillRefuted() {
    CheckReport r = checkText("hw.txt", "Var(y) = Var(w1*x1) + Var(w2*x2)\nat y = 2\ny + 1 = 4\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }
}
