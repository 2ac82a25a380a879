package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import gradlab.symbolic.EngineFixture;
import org.junit.jupiter.api.Test;

/** A plain-text sentence's full stop after a number is no part of the number. */
class SentenceFullStopTest extends EngineFixture {

  private CheckReport text(String body) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.txt", body);
  }

  @Test
  void aWrongSumEndingASentenceIsRefuted() {
    // "0.8413 + 0.2420 = 1.0933." was "cannot read" for its full stop
    CheckReport r = text("So the slope is 0.8413 + 0.2420 = 1.0933.\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aRightSumEndingASentenceIsProved() {
    CheckReport r = text("So the slope is 0.8413 + 0.2420 = 1.0833.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.steps()).as(r.render()).anyMatch(s -> s.verdict()
        instanceof StepVerdict.Proved);
  }
}
