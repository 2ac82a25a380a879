package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Values a plain-text line gives in words the reader does not take as a point ("Exercise 5
 * (x1 = 1, b1 = 1)", "Exercise 5 with x1 = 1"): a step true at them is never refuted at other
 * values. A student tester's z = w + 1 after z = w*x1 + b1 was ✗ at x1 = −1.93.
 */
class ValuesGivenInATitleLineTest extends EngineFixture {
  private CheckReport text(String body) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("hw.txt", body);
  }

  private static StepResult claimOnLine(CheckReport r, int line) {
    return r.steps().stream().filter(s -> s.line() == line && s.isClaim()).reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError(r.render()));
  }

  @Test
  void aStepTrueAtValuesInBracketsOfATitleIsNotRefuted() {
    CheckReport r = text("Exercise 5 (x1 = 1, b1 = 1)\n\nz = w*x1 + b1\nz = w + 1\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aStepTrueAtAValueAfterWithIsNotRefuted() {
    CheckReport r = text("Exercise 5 with x1 = 1, b1 = 1\n\nz = w*x1 + b1\nz = w + 1\n");
    assertThat(claimOnLine(r, 4).verdict()).as(r.render())
        .isNotInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aStepWrongAtTheTitlesValuesIsStillRefuted() {
    CheckReport r = text("Exercise 5 (x1 = 1, b1 = 1)\n\nz = w*x1 + b1\nz = w + 2\n");
    assertThat(claimOnLine(r, 4).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }
}
