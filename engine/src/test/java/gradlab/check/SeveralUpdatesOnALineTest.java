package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two updates on one phone-typed line, "w ← … = 0.9 and b ← … = 1.2": w took b's value 1.2, so
 * a true step after them would be read at a wrong point (found in the transcribed corpus,
 * user39).
 */
@Timeout(60)
class SeveralUpdatesOnALineTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport text(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.txt", text);
  }

  private static final String UPDATES = "numbers: w = 0.5, b = 1, x = 2\n"
      + "w ← 0.5 − 0.1·(−4) = 0.9 and b ← 1 − 0.1·(−2) = 1.2\n";

  @Test
  void eachUpdateOnTheLineGivesItsOwnNameItsValue() {
    CheckReport r = text(UPDATES + "w·x + b = 3\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.steps().stream().filter(s -> s.line() == 3).findFirst().orElseThrow().verdict())
        .as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongValueAfterTheUpdatesIsRefutedAtItsLine() {
    CheckReport r = text(UPDATES + "w·x + b = 3.6\n");
    assertThat(r.firstRefuted().orElseThrow().line()).as(r.render()).isEqualTo(3);
  }
}
