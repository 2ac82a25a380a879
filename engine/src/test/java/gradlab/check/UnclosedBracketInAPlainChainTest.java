package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * TensorFlow's logistic-loss chain, whose member {@code (1 - z) * (x + log(1 + exp(-x))} leaves
 * a '(' open: the step after it had vanished (its '=' hid inside the open bracket), so a wrong
 * member below it was named one line late. Each mending of the bracket is a reading; the step
 * is refuted only where all fail.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class UnclosedBracketInAPlainChainTest extends EngineFixture {
  private static StepResult stepAt(String next, int line) {
    String text = "let f = x\n\n"
        + "      z * log(1 + exp(-x)) + (1 - z) * (-log(exp(-x)) + log(1 + exp(-x)))\n"
        + "    = z * log(1 + exp(-x)) + (1 - z) * (x + log(1 + exp(-x))\n"
        + "    = " + next + "\n";
    CheckReport r = new DocumentChecker(EngineFixture.engine, Duration.ofSeconds(10))
        .checkText("t.txt", text);
    return r.steps().stream().filter(s -> s.line() == line && s.isClaim()).findFirst()
        .orElseThrow(() -> new AssertionError(r.render()));
  }

  @Test
  void aWrongMemberAfterTheUnclosedOneIsRefutedAtItsLine() {
    StepResult r = stepAt("(1 + z) * x + log(1 + exp(-x))", 5);
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void theTrueMemberAfterTheUnclosedOneIsNotRefuted() {
    StepResult r = stepAt("(1 - z) * x + log(1 + exp(-x))", 5);
    assertThat(r.verdict()).as(r.toString()).isNotInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void theUnclosedMemberItselfIsNotRefuted() {
    StepResult r = stepAt("(1 - z) * x + log(1 + exp(-x))", 4);
    assertThat(r.verdict()).as(r.toString()).isNotInstanceOf(StepVerdict.Refuted.class);
  }
}
